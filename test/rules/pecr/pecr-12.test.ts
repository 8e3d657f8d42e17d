import rule from '../../../rules/pecr/pecr-12.js';
import type { Communication, Suppression } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const email: Communication = { id: 'weekly-email', name: 'Weekly email', channel: 'email', purpose: 'persuasion' };

const withChanges = (systemChanges: Suppression['systemChanges']) =>
  declaration({ communications: [email], suppression: { centralList: true, appliedBeforeEverySend: true, systemChanges } });

testRule(rule, {
  scenarios: [
    {
      name: 'migrated suppression and consent records pass',
      declaration: withChanges([{ name: 'New email provider', date: '2025-03-01', suppressionMigrated: true, consentRecordsMigrated: true }]),
      expect: [{ status: 'pass', messageId: 'migrated', subject: 'suppression', evidence: ['/suppression/systemChanges/0/suppressionMigrated'] }],
    },
    {
      name: 'unsubscribes lost on a change of provider fail (Conservative Party 2021)',
      declaration: withChanges([
        { name: 'CRM move', suppressionMigrated: true, consentRecordsMigrated: true },
        { name: 'New email provider', suppressionMigrated: false, consentRecordsMigrated: true },
      ]),
      expect: [{ status: 'fail', messageId: 'suppressionLost', evidence: ['/suppression/systemChanges/1/suppressionMigrated'] }],
    },
    {
      name: 'consent records lost fail',
      declaration: withChanges([{ name: 'New texting tool', suppressionMigrated: true, consentRecordsMigrated: false }]),
      expect: [{ status: 'fail', messageId: 'consentLost' }],
    },
    {
      name: 'both lost fail',
      declaration: withChanges([
        { name: 'A', suppressionMigrated: false, consentRecordsMigrated: true },
        { name: 'B', suppressionMigrated: true, consentRecordsMigrated: false },
      ]),
      expect: [{ status: 'fail', messageId: 'bothLost', evidence: ['/suppression/systemChanges/0/suppressionMigrated', '/suppression/systemChanges/1/consentRecordsMigrated'] }],
    },
    {
      name: 'migration not declared',
      declaration: withChanges([{ name: 'New email provider', suppressionMigrated: true }]),
      expect: [{ status: 'needs_info', messageId: 'migrationUnknown', evidence: ['/suppression/systemChanges/0/consentRecordsMigrated'] }],
    },
    { name: 'no changes of system', declaration: withChanges([]), expect: [{ status: 'not_applicable', messageId: 'noChanges' }] },
    { name: 'changes not declared', declaration: withChanges(undefined), expect: [{ status: 'needs_info', messageId: 'changesUnknown', evidence: ['/suppression/systemChanges'] }] },
    { name: 'suppression not declared', declaration: declaration({ communications: [email] }), expect: [{ status: 'needs_info', messageId: 'suppressionUnknown' }] },
    { name: 'communications not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noCommunications' }] },
    { name: 'no communications', declaration: declaration({ communications: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
