/**
 * The bundled examples produce the findings their stories imply, finding by finding (not a blind snapshot):
 * each expectation below is a deliberate problem written into an example, drawn from the ICO's enforcement
 * record, and the compliant example raises no open finding at all.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDeclaration } from '../../core/check.js';
import type { CheckResult } from '../../schema/generated/result.js';

/** The examples are judged as at a date before their elections, when their waivers are in force. */
const EVALUATION_DATE = '2027-04-01';

function check(name: string): CheckResult {
  const bytes = readFileSync(new URL(`../../examples/${name}`, import.meta.url));
  return checkDeclaration(bytes, { filename: `examples/${name}`, evaluationDate: EVALUATION_DATE });
}

type Expected = [ruleId: string, subject: string, status: 'fail' | 'warn' | 'needs_info' | 'waived'];

function statusOf(result: CheckResult, ruleId: string, subject: string): string[] {
  return result.outcomes.filter((o) => o.ruleId === ruleId && o.subject.key === subject).map((o) => o.status);
}

function expectFindings(result: CheckResult, expected: Expected[]): void {
  const missing = expected.filter(([rule, subject, status]) => !statusOf(result, rule, subject).includes(status));
  expect(missing, 'expected findings that the example did not produce').toEqual([]);
}

describe('national-party-general-election.yaml (close to fully compliant)', () => {
  const result = check('national-party-general-election.yaml');

  it('is valid and raises no open finding', () => {
    expect(result.valid).toBe(true);
    expect(result.errors).toEqual([]);
    const open = result.outcomes.filter((o) => o.status === 'fail' || o.status === 'warn' || o.status === 'needs_info');
    expect(open.map((o) => `${o.ruleId} ${o.subject.key} ${o.status}`)).toEqual([]);
  });

  it('keeps its one accepted exception visible as waived, and rates green only after waivers', () => {
    expectFindings(result, [
      ['PECR-01', 'communications/member-renewal', 'waived'],
      ['DMC-01', 'communications/member-renewal', 'waived'],
    ]);
    expect(result.summary.rating.overall).toBe('green');
    expect(result.summary.ratingBeforeWaivers.overall).toBe('red');
  });
});

describe('local-council-candidate.yaml (an independent candidate, partly declared)', () => {
  const result = check('local-council-candidate.yaml');

  it('is rated red', () => expect(result.summary.rating.overall).toBe('red'));

  it('finds the problems of its story', () => {
    expectFindings(result, [
      // Relies on the political parties condition without being a registered party, and has no policy document.
      ['SC-03', 'processingActivities/canvassing', 'fail'],
      ['SC-05', 'processingActivities/canvassing', 'fail'],
      // No privacy information on the doorstep; notes on other household members; untrained canvassers.
      ['TR-02', 'collectionPoints/doorstep', 'fail'],
      ['CNV-02', 'canvassing', 'fail'],
      ['CNV-03', 'canvassing', 'fail'],
      ['CNV-04', 'canvassing', 'fail'],
      // The full register used for a residents' association mailing; the register copy never destroyed.
      ['ER-02', 'dataSources/full-register', 'warn'],
      ['ER-05', 'retention/register-copy', 'fail'],
      // Supporter texts with no lawful basis, sent from volunteers' own phones to their contacts.
      ['LB-01', 'processingActivities/supporter-texts', 'fail'],
      ['PECR-13', 'communications/friends-texts', 'fail'],
      ['ONL-06', 'dataSources/volunteer-phones', 'fail'],
      // Imprints: only in the page's About section, and without the person on whose behalf.
      ['IMP-04', 'electronicMaterial/facebook-posts', 'warn'],
      ['IMP-03', 'electronicMaterial/boosted-posts', 'warn'],
    ]);
  });

  it('asks for what it did not declare instead of passing it', () => {
    expect(result.summary.counts.needs_info).toBeGreaterThan(20);
    expectFindings(result, [['PECR-01', 'communications/friends-texts', 'needs_info']]);
  });
});

describe('referendum-campaign.yaml (problems from the 2016 referendum enforcement record)', () => {
  const result = check('referendum-campaign.yaml');

  it('is rated red', () => expect(result.summary.rating.overall).toBe('red'));

  it('finds the problems of its story', () => {
    expectFindings(result, [
      // Better for the Country (2016): texts to a rented list whose consent named "selected third parties".
      ['SRC-02', 'communications/rented-list-texts', 'fail'],
      ['SRC-01', 'dataSources/rented-mobiles', 'fail'],
      // Vote Leave (2019): football-competition entrants texted; consent records deleted after the campaign.
      ['LB-06', 'dataSources/football-competition', 'fail'],
      ['RET-04', 'retention/consent-records', 'fail'],
      // AggregateIQ (2018): an overseas analytics firm with no transfer safeguard; the register passed to it.
      ['INT-01', 'vendors/cascade', 'fail'],
      ['ER-03', 'dataSources/full-register', 'fail'],
      // Polling-day texts classified as not direct marketing (Labour 2010: turnout messages are marketing).
      ['DMC-02', 'communications/referendum-day-texts', 'fail'],
      ['PECR-01', 'communications/referendum-day-texts', 'fail'],
      // SNP (2006): recorded celebrity calls without consent.
      ['PECR-09', 'communications/celebrity-calls', 'fail'],
      // Modelling of political opinions with no Art. 9 condition and no DPIA.
      ['SC-02', 'processingActivities/modelling', 'fail'],
      ['ACC-02', 'processingActivities/modelling', 'fail'],
    ]);
  });
});

describe('non-party-campaigner.json (petitions, audiences, pixels and imprints)', () => {
  const result = check('non-party-campaigner.json');

  it('is rated red', () => expect(result.summary.rating.overall).toBe('red'));

  it('finds the problems of its story', () => {
    expectFindings(result, [
      ['LB-06', 'dataSources/petition', 'fail'],
      ['DMC-03', 'communications/survey-followups', 'fail'],
      ['ONL-03', 'onlineTargeting/petition-upload', 'fail'],
      ['ONL-05', 'onlineTargeting/swimmers-health', 'fail'],
      ['ONL-07', 'onlineTargeting/young-voters', 'fail'],
      ['TR-07', 'privacyNotice', 'fail'],
      ['ONL-01', 'webProperties/campaign-site', 'fail'],
      ['IMP-01', 'electronicMaterial/meta-ads', 'fail'],
      ['IMP-02', 'electronicMaterial/whatsapp-cards', 'fail'],
      ['PECR-03', 'communications/petition-emails', 'fail'],
      ['PECR-12', 'suppression', 'fail'],
      ['PROC-01', 'vendors/rallytext', 'fail'],
    ]);
  });
});

describe('campaign-data-vendor.yaml (a data broker supplying campaigns)', () => {
  const result = check('campaign-data-vendor.yaml');

  it('is rated red', () => expect(result.summary.rating.overall).toBe('red'));

  it('finds the problems of its story', () => {
    expectFindings(result, [
      // Name-based ("onomastic") ethnicity, religion and origin (the 2020 audit of a party's supplier).
      ['SC-07', 'dataCategories/predicted-ethnicity', 'fail'],
      ['SC-07', 'dataCategories/predicted-religion', 'fail'],
      ['SC-07', 'dataCategories/predicted-origin', 'fail'],
      // Emma's Diary (2018): customer data supplied for political use without telling people.
      ['SRC-05', 'disclosures/cap-new-parents', 'fail'],
      ['LB-07', 'dataSources/baby-club', 'fail'],
      // A "processor" using clients' registers for its own database; a register held with no entitlement.
      ['ROLE-05', 'dataSources/client-registers', 'fail'],
      ['ER-01', 'dataSources/legacy-register', 'fail'],
      // Bases a company cannot use.
      ['SC-03', 'processingActivities/client-modelling', 'fail'],
      ['LB-03', 'processingActivities/client-modelling', 'fail'],
      ['LB-08', 'processingActivities/data-supply', 'fail'],
      // High residual risk without consulting the Commissioner.
      ['ACC-03', 'processingActivities/social-listening', 'fail'],
    ]);
  });
});

describe('elected-representative.yaml (an MP\'s office)', () => {
  const result = check('elected-representative.yaml');

  it('finds the problems of its story', () => {
    expectFindings(result, [
      ['REP-01', 'casework', 'fail'],
      ['DMC-01', 'communications/hexford-update', 'fail'],
      ['PECR-02', 'communications/hexford-update', 'fail'],
      ['IMP-02', 'electronicMaterial/newsletter-imprint', 'fail'],
      ['PECR-14', 'communications/re-election-letter', 'fail'],
    ]);
  });
});

describe('every example', () => {
  it.each([
    'national-party-general-election.yaml',
    'local-council-candidate.yaml',
    'referendum-campaign.yaml',
    'non-party-campaigner.json',
    'campaign-data-vendor.yaml',
    'elected-representative.yaml',
  ])('%s runs every rule without an engine error, and every finding points into the file', (name) => {
    const result = check(name);
    expect(result.errors).toEqual([]);
    for (const outcome of result.outcomes) {
      for (const e of outcome.evidence) expect(e.line, `${outcome.ruleId} ${e.pointer}`).toBeGreaterThan(0);
    }
  });
});
