import rule from '../../../rules/online/onl-03.js';
import type { OnlineTargeting, ProcessingActivity } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const activity = (fields: Partial<ProcessingActivity> = {}): ProcessingActivity => ({
  id: 'online-ads',
  name: 'Online advertising',
  purposeType: 'online_targeting',
  lawfulBasis: 'consent',
  ...fields,
});

const upload = (fields: Partial<OnlineTargeting> = {}): OnlineTargeting => ({
  id: 'supporters-audience',
  name: 'Supporters custom audience',
  method: 'custom_list_upload',
  activityId: 'online-ads',
  suppressionApplied: true,
  ...fields,
});

const with_ = (target: OnlineTargeting, act: ProcessingActivity = activity()) =>
  declaration({ processingActivities: [act], onlineTargeting: [target] });

testRule(rule, {
  scenarios: [
    {
      name: 'screened upload with a basis passes',
      declaration: with_(upload()),
      expect: [{ status: 'pass', messageId: 'compliant', subject: 'onlineTargeting/supporters-audience', evidence: ['/onlineTargeting/0/suppressionApplied', '/processingActivities/0/lawfulBasis'] }],
    },
    {
      name: 'uploading objectors fails',
      declaration: with_(upload({ suppressionApplied: false })),
      expect: [{ status: 'fail', messageId: 'objectorsUploaded', evidence: ['/onlineTargeting/0/suppressionApplied'] }],
    },
    {
      name: 'lookalike seeds are uploads too',
      declaration: with_(upload({ method: 'lookalike', suppressionApplied: false })),
      expect: [{ status: 'fail', messageId: 'objectorsUploaded' }],
    },
    {
      name: 'no lawful basis fails, even before other facts are known',
      declaration: with_(upload({ suppressionApplied: undefined }), activity({ lawfulBasis: 'none_identified' })),
      expect: [{ status: 'fail', messageId: 'noBasis', evidence: ['/onlineTargeting/0/activityId', '/processingActivities/0/lawfulBasis'] }],
    },
    { name: 'suppression not declared', declaration: with_(upload({ suppressionApplied: undefined })), expect: [{ status: 'needs_info', messageId: 'suppressionUnknown' }] },
    {
      name: 'activity not linked',
      declaration: declaration({ onlineTargeting: [upload({ activityId: undefined })] }),
      expect: [{ status: 'needs_info', messageId: 'activityUnknown', evidence: ['/onlineTargeting/0/activityId'] }],
    },
    { name: 'basis not declared', declaration: with_(upload(), activity({ lawfulBasis: undefined })), expect: [{ status: 'needs_info', messageId: 'basisUnknown' }] },
    { name: 'location targeting uploads no list', declaration: with_(upload({ method: 'geographic' })), expect: [{ status: 'not_applicable', messageId: 'notList' }] },
    { name: 'targeting not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noTargeting' }] },
    { name: 'no targeting', declaration: declaration({ onlineTargeting: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
