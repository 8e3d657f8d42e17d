import rule from '../../../rules/retention/ret-04.js';
import type { Communication, Declaration, RetentionEntry } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const sms: Communication = { id: 'sms', name: 'Referendum texts', channel: 'sms', purpose: 'persuasion', marketingBasis: 'consent', consent: { obtained: true } };
const records = (fields: Partial<RetentionEntry> = {}): RetentionEntry => ({
  id: 'consents',
  dataset: 'SMS consent records',
  datasetType: 'consent_records',
  period: { amount: 2, unit: 'years' },
  startsFrom: 'last_use',
  ...fields,
});
const decl = (entry: RetentionEntry | undefined, overrides: Partial<Declaration> = {}) =>
  declaration({ communications: [sms], retention: entry ? [entry] : [], ...overrides });

testRule(rule, {
  scenarios: [
    {
      name: 'records kept for two years after last use pass',
      declaration: decl(records()),
      expect: [{ status: 'pass', messageId: 'whileRelied', subject: 'retention/consents', evidence: ['/retention/0/startsFrom'] }],
    },
    {
      name: 'records deleted after polling day while the lists are kept fail (Vote Leave)',
      declaration: decl(records({ startsFrom: 'polling_day' }), { postCampaign: { reuse: 'future_campaigns_same_organisation' } }),
      expect: [{ status: 'fail', messageId: 'deletedWhileUsed', evidence: ['/retention/0/startsFrom', '/postCampaign/reuse'] }],
    },
    {
      name: 'records ending with the campaign pass when the data is deleted too',
      declaration: decl(records({ startsFrom: 'campaign_end' }), { postCampaign: { reuse: 'none' } }),
      expect: [{ status: 'pass', messageId: 'endsWithCampaign' }],
    },
    { name: 'campaign-end clock with re-use unknown', declaration: decl(records({ startsFrom: 'polling_day' })), expect: [{ status: 'needs_info', messageId: 'reuseUnknown' }] },
    { name: 'a clock from collection is a warning', declaration: decl(records({ startsFrom: 'collection' })), expect: [{ status: 'warn', messageId: 'mayExpireFirst' }] },
    { name: 'kept with no end date', declaration: decl(records({ indefinite: true, startsFrom: undefined })), expect: [{ status: 'pass', messageId: 'keptIndefinitely' }] },
    { name: 'start not declared', declaration: decl(records({ startsFrom: undefined })), expect: [{ status: 'needs_info', messageId: 'startUnknown' }] },
    { name: 'no consent records in the schedule', declaration: decl(undefined), expect: [{ status: 'needs_info', messageId: 'noEntry', subject: 'declaration', evidence: ['/retention'] }] },
    { name: 'no schedule', declaration: declaration({ communications: [sms] }), expect: [{ status: 'needs_info', messageId: 'noSchedule' }] },
    {
      name: 'nothing relies on consent',
      declaration: declaration({
        communications: [{ ...sms, channel: 'addressed_post', marketingBasis: undefined }],
        processingActivities: [{ id: 'post', name: 'Leaflets', lawfulBasis: 'public_task_democratic_engagement' }],
      }),
      expect: [{ status: 'not_applicable', messageId: 'noConsent' }],
    },
  ],
});
