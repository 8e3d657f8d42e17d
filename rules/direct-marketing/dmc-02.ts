/**
 * DMC-02: get-out-the-vote and turnout messages from a campaign are direct marketing, even when they name no party:
 * aimed at the campaign's likely supporters, they promote its aims. The ICO's 2010 enforcement notice against the
 * Labour Party (recorded turnout calls to about 495,000 numbers in Labour-supporting areas) treated such calls as
 * marketing. Whether a neutral civic reminder from a non-campaigner is marketing is open (digest (f) 12): a warning.
 */
import { defineRule, type RuleOutcome } from '../../core/rule.js';
import { CAMPAIGNER_TYPES } from '../lib/facts.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';
import { DEFINITION_CITATIONS, notDirected } from './_helpers.js';

type Message = 'noCommunications' | 'noGotv' | 'classificationUnknown' | 'misclassified' | 'neutralReminder' | 'treatedAsMarketing';

export default defineRule({
  id: 'DMC-02',
  title: 'Get-out-the-vote and turnout messages are treated as direct marketing',
  area: 'direct-marketing',
  severity: 'high',
  tags: ['direct-marketing', 'classification', 'get-out-the-vote', 'pecr'],
  covers: ['UK-DM-06'],
  citations: DEFINITION_CITATIONS,
  rationale:
    'A message from a campaign urging people to vote, sent to the people it expects to support it, promotes the campaign\'s aims even if it names no party or candidate. ' +
    'It is therefore direct marketing, and the same consent, screening and objection rules apply as to any other campaign message. ' +
    'In 2010 the ICO served an enforcement notice on the Labour Party for recorded calls urging turnout, made to about 495,000 numbers in Labour-supporting areas; the calls were treated as marketing.',
  remediation: [
    'Treat get-out-the-vote texts, emails, calls and letters as direct marketing (isDirectMarketing: true).',
    'Send electronic and recorded-call reminders only to people who consented to them; screen live calls against TPS and your do-not-call list; honour objections.',
  ],
  notes:
    'The Labour Party (2010) enforcement notice is digest [S]. ' +
    'Whether a neutral, non-partisan civic reminder is marketing is an open question (digest (f) 12), so a declarant that is not a campaigner (a supplier, broker or platform) gets a warning rather than a failure; a supplier sending on a campaign\'s behalf is still sending that campaign\'s marketing. ' +
    'Unaddressed leaflets are out of scope; messages without a declared purpose are reported by DMC-01.',
  examples: {
    passing: `# Polling day reminder calls from a party are direct marketing, and we treat them as such.
communications:
  - id: polling-day-calls
    name: Polling day reminder calls
    channel: automated_call
    purpose: get_out_the_vote
    isDirectMarketing: true
`,
    failing: `# Fails: a party's "remember to vote" calls promote the party, so they are direct marketing.
communications:
  - id: polling-day-calls
    name: Polling day reminder calls
    channel: automated_call
    purpose: get_out_the_vote
    isDirectMarketing: false
`,
  },
  messages: {
    noCommunications: 'No communications are declared, so get-out-the-vote messages cannot be checked. Use [] if you send none.',
    noGotv: 'No get-out-the-vote messages are declared.',
    classificationUnknown: '{{subject}} is a get-out-the-vote message, but whether you treat it as direct marketing (isDirectMarketing) is not declared.',
    misclassified: '{{subject}} is a get-out-the-vote message from a campaign but is not treated as direct marketing; it is direct marketing and the consent and objection rules apply.',
    neutralReminder: '{{subject}} is a get-out-the-vote message not treated as direct marketing; that holds only for a genuinely neutral reminder sent for no campaign. If it is sent for a party, candidate or cause, it is direct marketing.',
    treatedAsMarketing: '{{subject}} is a get-out-the-vote message treated as direct marketing.',
  },
  evaluate(declaration) {
    const list = declaration.communications;
    if (list === undefined) return [needsInfo(DECLARATION, 'noCommunications', ['/communications'])];
    const campaigner = CAMPAIGNER_TYPES.has(declaration.declarant.organisationType);
    const outcomes: RuleOutcome<Message>[] = [];
    for (const { entry, subject } of items(list, 'communications')) {
      if (entry.purpose !== 'get_out_the_vote' || notDirected(entry.channel)) continue;
      const classified = entry.isDirectMarketing;
      const evidence = [at(subject, 'purpose'), at(subject, 'isDirectMarketing')];
      if (classified === undefined) outcomes.push(needsInfo(subject, 'classificationUnknown', [at(subject, 'isDirectMarketing')]));
      else if (classified) outcomes.push(pass(subject, 'treatedAsMarketing', evidence));
      else if (campaigner) outcomes.push(fail(subject, 'misclassified', evidence));
      else outcomes.push(warn(subject, 'neutralReminder', [...evidence, '/declarant/organisationType']));
    }
    if (outcomes.length === 0) return [notApplicable(DECLARATION, 'noGotv', ['/communications'])];
    return outcomes;
  },
});
