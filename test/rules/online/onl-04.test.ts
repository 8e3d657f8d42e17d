import rule from '../../../rules/online/onl-04.js';
import type { Assessment, OnlineTargeting, ProcessingActivity } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const activity = (dpia: Assessment | undefined): ProcessingActivity => ({
  id: 'lookalike-ads',
  name: 'Lookalike advertising',
  purposeType: 'online_targeting',
  ...(dpia ? { dpia } : {}),
});

const lookalike = (fields: Partial<OnlineTargeting> = {}): OnlineTargeting => ({
  id: 'supporter-lookalike',
  name: 'Supporter lookalike',
  method: 'lookalike',
  activityId: 'lookalike-ads',
  ...fields,
});

const with_ = (dpia: Assessment | undefined, target: OnlineTargeting = lookalike()) =>
  declaration({ processingActivities: [activity(dpia)], onlineTargeting: [target] });

testRule(rule, {
  scenarios: [
    {
      name: 'completed DPIA passes',
      declaration: with_({ status: 'completed', date: '2026-01-10', outcome: 'risks_mitigated' }),
      expect: [{ status: 'pass', messageId: 'dpiaDone', subject: 'onlineTargeting/supporter-lookalike', evidence: ['/processingActivities/0/dpia/status'] }],
    },
    {
      name: 'no DPIA fails',
      declaration: with_({ status: 'not_done' }),
      expect: [{ status: 'fail', messageId: 'noDpia', evidence: ['/onlineTargeting/0/activityId', '/processingActivities/0/dpia/status'] }],
    },
    { name: 'DPIA in progress is a warning', declaration: with_({ status: 'in_progress' }), expect: [{ status: 'warn', messageId: 'dpiaInProgress' }] },
    { name: 'DPIA said not required is a warning', declaration: with_({ status: 'not_required', notRequiredReason: 'small' }), expect: [{ status: 'warn', messageId: 'dpiaNotRequired' }] },
    { name: 'DPIA not declared', declaration: with_(undefined), expect: [{ status: 'needs_info', messageId: 'dpiaUnknown', evidence: ['/processingActivities/0/dpia'] }] },
    { name: 'activity not linked', declaration: with_(undefined, lookalike({ activityId: undefined })), expect: [{ status: 'needs_info', messageId: 'activityUnknown' }] },
    { name: 'custom lists are not lookalikes', declaration: with_(undefined, lookalike({ method: 'custom_list_upload' })), expect: [{ status: 'not_applicable', messageId: 'notLookalike' }] },
    { name: 'targeting not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noTargeting' }] },
    { name: 'no targeting', declaration: declaration({ onlineTargeting: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
