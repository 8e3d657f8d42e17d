/**
 * RET-04: evidence of consent is kept for as long as the consent is relied on, and beyond the campaign while the lists
 * it supports are kept. A controller relying on consent must be able to show it (UK GDPR Art. 7(1)); PECR consent
 * for emails and texts (reg. 22(2)) is shown the same way. Vote Leave was fined in 2019 after deleting its consent
 * records and sending logs once the referendum was over, leaving it unable to show that 196,154 texts were wanted.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import type { Declaration } from '../../schema/generated/declaration.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';
import { describeStart } from './_helpers.js';

/** Whether the declaration relies on consent anywhere: true, false (lists declared, none relies), or unknown. */
function reliesOnConsent(d: Declaration): boolean | undefined {
  const comms = d.communications?.some((c) => c.marketingBasis === 'consent');
  const activities = d.processingActivities?.some((a) => a.lawfulBasis === 'consent' || a.specialCategory?.condition === 'explicit_consent');
  const targeting = d.onlineTargeting?.some((t) => t.explicitConsent === true);
  if (comms || activities || targeting) return true;
  return d.communications !== undefined && d.processingActivities !== undefined ? false : undefined;
}

const WHILE_RELIED_ON = new Set(['last_use', 'consent_withdrawn']);
const AT_CAMPAIGN_END = new Set(['polling_day', 'campaign_end']);

export default defineRule({
  id: 'RET-04',
  title: 'Consent records are kept for as long as the consent is relied on',
  area: 'retention',
  severity: 'high',
  tags: ['retention', 'consent', 'evidence', 'pecr'],
  covers: ['UK-RET-03'],
  citations: [cite('UK GDPR', 'Art. 7(1)'), cite('PECR', 'reg. 22(2)'), cite('UK GDPR', 'Art. 5(2)'), citeIco('After a campaign')],
  rationale:
    'Where a campaign relies on consent (for emails and texts, or for special category data), it must be able to show who consented, when, how and to ' +
    'what. That evidence is needed for as long as the consent is used, and for long enough afterwards to answer complaints and investigations. ' +
    'Vote Leave deleted its consent records and sending logs after the 2016 referendum; when complaints came, it could not show consent for ' +
    'nearly 200,000 texts and was fined £40,000.',
  remediation: [
    'Keep consent records (who, when, how, the wording agreed to, and any withdrawal) for as long as you rely on the consent.',
    'Start the retention clock from the last time the consent or the list is used, not from collection or polling day, and keep a margin for complaints.',
    'Carry consent records over whenever you change CRM or email provider.',
  ],
  notes:
    'Consent is taken to be relied on when a communication uses consent as its PECR permission, an activity has consent as its lawful basis or ' +
    'explicit consent as its special category condition, or a targeting entry says everyone gave explicit consent. A clock that starts at polling day ' +
    'or the end of the campaign fails when the data is kept for later campaigns, since the records would go while the lists remain; a clock from ' +
    'collection or other events is a warning. Retention periods as such are RET-01.',
  examples: {
    passing: `# Consent records are kept until two years after the consent was last relied on.
communications:
  - id: sms
    name: Supporter texts
    channel: sms
    marketingBasis: consent
retention:
  - id: consents
    dataset: SMS consent records
    datasetType: consent_records
    period: { amount: 2, unit: years }
    startsFrom: last_use
`,
    failing: `# Fails: consent records go after polling day, but the lists are kept (Vote Leave).
communications:
  - id: sms
    name: Supporter texts
    channel: sms
    marketingBasis: consent
retention:
  - id: consents
    dataset: SMS consent records
    datasetType: consent_records
    period: { amount: 1, unit: months }
    startsFrom: polling_day
postCampaign:
  reuse: future_campaigns_same_organisation
`,
  },
  messages: {
    noConsent: 'No processing declared relies on consent, so no consent records need keeping.',
    noSchedule: 'No retention schedule is declared (retention), so it is not known how long consent records are kept.',
    noEntry: 'Consent is relied on, but the retention schedule has no dataset of consent records (datasetType consent_records).',
    keptIndefinitely: '{{subject}} is kept with no end date, so the evidence outlasts the consent it supports.',
    startUnknown: '{{subject}}: what starts its retention period is not declared (startsFrom).',
    whileRelied: '{{subject}} is kept until a period after {{start}}, so the evidence lasts as long as the consent is relied on.',
    endsWithCampaign: '{{subject}} runs out from {{start}}, and campaign data is not kept after the campaign.',
    reuseUnknown: '{{subject}} runs out from {{start}}; whether campaign data (and the consents) are used again later is not declared (postCampaign.reuse).',
    deletedWhileUsed: '{{subject}} runs out from {{start}}, but campaign data is kept for later use, so consent may be relied on after its evidence is deleted (Vote Leave).',
    mayExpireFirst: '{{subject}} runs out from {{start}}, so the records may be deleted while the consent is still relied on.',
  },
  evaluate(declaration) {
    const reliance = reliesOnConsent(declaration);
    if (reliance === false) return [notApplicable(DECLARATION, 'noConsent', ['/communications', '/processingActivities'])];
    const list = declaration.retention;
    if (list === undefined) return [needsInfo(DECLARATION, 'noSchedule', ['/retention'])];
    const entries = items(list, 'retention').filter(({ entry }) => entry.datasetType === 'consent_records');
    if (entries.length === 0) return [needsInfo(DECLARATION, 'noEntry', ['/retention'])];
    const reuse = declaration.postCampaign?.reuse;
    return entries.map(({ entry, subject }) => {
      if (entry.indefinite === true) return pass(subject, 'keptIndefinitely', [at(subject, 'indefinite')]);
      const start = entry.startsFrom;
      const pointer = at(subject, 'startsFrom');
      if (start === undefined) return needsInfo(subject, 'startUnknown', [pointer]);
      const data = { start: describeStart(start) };
      if (WHILE_RELIED_ON.has(start)) return pass(subject, 'whileRelied', [pointer], data);
      if (AT_CAMPAIGN_END.has(start)) {
        if (reuse === undefined) return needsInfo(subject, 'reuseUnknown', [pointer, '/postCampaign/reuse'], data);
        if (reuse === 'none') return pass(subject, 'endsWithCampaign', [pointer, '/postCampaign/reuse'], data);
        return fail(subject, 'deletedWhileUsed', [pointer, '/postCampaign/reuse'], data);
      }
      return warn(subject, 'mayExpireFirst', [pointer], data);
    });
  },
});
