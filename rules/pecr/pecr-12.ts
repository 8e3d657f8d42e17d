/**
 * PECR-12: every change of email provider, CRM or other system must carry over the suppression list (objections
 * and unsubscribes must keep working, UK GDPR Art. 21(3)) and the consent records (consent must stay demonstrable,
 * Art. 7(1); accountability, Art. 5(2)). The Conservative Party was fined in 2021 after unsubscribes were lost when
 * it changed email provider.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { DECLARATION, at, section } from '../lib/subjects.js';

export default defineRule({
  id: 'PECR-12',
  title: 'Suppression lists and consent records are carried over on every change of system',
  area: 'pecr',
  severity: 'high',
  tags: ['pecr', 'suppression', 'consent', 'records', 'migration'],
  covers: ['UK-DM-02'],
  citations: [
    cite('UK GDPR', 'Art. 21(3)'),
    cite('UK GDPR', 'Art. 7(1)'),
    cite('UK GDPR', 'Art. 5(2)'),
    citeIco('Political campaigning - opinion research and direct marketing'),
  ],
  rationale:
    'Moving to a new email provider, CRM or texting tool is when unsubscribes and consent records are most often lost. ' +
    'If the suppression list is not carried over, people who objected start receiving messages again; if the consent records are not, you can no longer show that anyone consented. ' +
    'The Conservative Party was fined in 2021 for emails sent in July 2019 to people who had unsubscribed: the unsubscribes had been lost in a change of email provider.',
  remediation: [
    'Before switching system, export the full suppression list (all unsubscribes, objections and do-not-contact flags) and the consent records, and import them into the new system before the first send.',
    'Check after the move that suppressed contacts are blocked in the new system (send a test to a suppressed address).',
    'Record each change of system, its date, and confirmation that suppression and consent records were migrated.',
  ],
  notes: 'Where no system change is listed, say so with systemChanges: [] rather than leaving it out.',
  examples: {
    passing: `# When we changed email provider, the unsubscribes and consent records came with us.
communications:
  - id: weekly-email
    name: Weekly email
    channel: email
    purpose: persuasion
suppression:
  centralList: true
  appliedBeforeEverySend: true
  systemChanges:
    - name: New email provider
      date: 2025-03-01
      suppressionMigrated: true
      consentRecordsMigrated: true
`,
    failing: `# Fails: the unsubscribe list was left behind when we changed email provider.
communications:
  - id: weekly-email
    name: Weekly email
    channel: email
    purpose: persuasion
suppression:
  centralList: true
  appliedBeforeEverySend: true
  systemChanges:
    - name: New email provider
      date: 2025-03-01
      suppressionMigrated: false
      consentRecordsMigrated: true
`,
  },
  messages: {
    noCommunications: 'No communications are declared, so it is not known whether suppression lists and consent records are needed.',
    noneDeclared: 'No communications are declared as sent.',
    suppressionUnknown: 'How objections and unsubscribes are recorded (suppression), including changes of system, is not declared.',
    changesUnknown: 'Whether the email provider, CRM or other systems have changed since the data was collected (suppression.systemChanges) is not declared; use [] if none.',
    noChanges: 'No change of system is declared.',
    suppressionLost: '{{suppression}} change(s) of system did not carry over the suppression list, so people who objected may be contacted again.',
    consentLost: '{{consent}} change(s) of system did not carry over the consent records, so consent can no longer be shown.',
    bothLost: 'Changes of system lost the suppression list ({{suppression}} change(s)) and the consent records ({{consent}} change(s)).',
    migrationUnknown: 'For {{count}} change(s) of system, whether the suppression list and consent records were carried over is not declared.',
    migrated: 'Every change of system carried over the suppression list and the consent records.',
  },
  evaluate(declaration) {
    if (declaration.communications === undefined) return [needsInfo(DECLARATION, 'noCommunications', ['/communications'])];
    if (declaration.communications.length === 0) return [notApplicable(DECLARATION, 'noneDeclared', ['/communications'])];
    const subject = section('suppression');
    const suppression = declaration.suppression;
    if (suppression === undefined) return [needsInfo(subject, 'suppressionUnknown', ['/suppression'])];
    const changes = suppression.systemChanges;
    if (changes === undefined) return [needsInfo(subject, 'changesUnknown', [at(subject, 'systemChanges')])];
    if (changes.length === 0) return [notApplicable(subject, 'noChanges', [at(subject, 'systemChanges')])];
    const pointer = (i: number, field: string) => at(subject, 'systemChanges', i, field);
    const lostSuppression = changes.flatMap((c, i) => (c.suppressionMigrated === false ? [i] : []));
    const lostConsent = changes.flatMap((c, i) => (c.consentRecordsMigrated === false ? [i] : []));
    if (lostSuppression.length > 0 || lostConsent.length > 0) {
      const evidence = [
        ...lostSuppression.map((i) => pointer(i, 'suppressionMigrated')),
        ...lostConsent.map((i) => pointer(i, 'consentRecordsMigrated')),
      ];
      const id = lostSuppression.length === 0 ? 'consentLost' : lostConsent.length === 0 ? 'suppressionLost' : 'bothLost';
      return [fail(subject, id, evidence, { suppression: lostSuppression.length, consent: lostConsent.length })];
    }
    const unknown = changes.flatMap((c, i) => [
      ...(c.suppressionMigrated === undefined ? [pointer(i, 'suppressionMigrated')] : []),
      ...(c.consentRecordsMigrated === undefined ? [pointer(i, 'consentRecordsMigrated')] : []),
    ]);
    if (unknown.length > 0) {
      const count = changes.filter((c) => c.suppressionMigrated === undefined || c.consentRecordsMigrated === undefined).length;
      return [needsInfo(subject, 'migrationUnknown', unknown, { count })];
    }
    return [pass(subject, 'migrated', changes.map((_, i) => pointer(i, 'suppressionMigrated')))];
  },
});
