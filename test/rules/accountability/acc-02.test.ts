import rule from '../../../rules/accountability/acc-02.js';
import type { Assessment, Declaration, ProcessingActivity } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const modelling = (fields: Partial<ProcessingActivity> = {}): ProcessingActivity => ({
  id: 'modelling',
  name: 'Voter modelling',
  purposeType: 'voter_modelling',
  largeScale: true,
  combinesDatasets: true,
  specialCategory: { used: true, condition: 'substantial_public_interest' },
  ...fields,
});
const small = (fields: Partial<ProcessingActivity> = {}): ProcessingActivity => ({
  id: 'newsletter',
  name: 'Members newsletter',
  purposeType: 'membership',
  largeScale: false,
  combinesDatasets: false,
  specialCategory: { used: false },
  ...fields,
});
const dpia = (status: Assessment['status']): Assessment => ({ status });
const acts = (...list: ProcessingActivity[]): Declaration => declaration({ processingActivities: list });

testRule(rule, {
  scenarios: [
    { name: 'a completed DPIA passes', declaration: acts(modelling({ dpia: dpia('completed') })), expect: [{ status: 'pass', messageId: 'dpiaDone', subject: 'processingActivities/modelling' }] },
    {
      name: 'large-scale special category profiling with no DPIA fails',
      declaration: acts(modelling({ dpia: dpia('not_done') })),
      expect: [
        {
          status: 'fail',
          messageId: 'noDpia',
          evidence: [
            '/processingActivities/0/dpia/status',
            '/processingActivities/0/largeScale',
            '/processingActivities/0/specialCategory',
            '/processingActivities/0/combinesDatasets',
            '/processingActivities/0/purposeType',
          ],
        },
      ],
    },
    {
      name: 'recording a mandatory DPIA as not required fails',
      declaration: acts(modelling({ dpia: { status: 'not_required', notRequiredReason: 'We are a small party' } })),
      expect: [{ status: 'fail', messageId: 'wronglyNotRequired' }],
    },
    {
      name: 'special category data at scale alone makes a DPIA mandatory (Art. 35(3)(b))',
      declaration: acts(small({ largeScale: true, specialCategory: { used: true }, dpia: dpia('not_done') })),
      expect: [{ status: 'fail', messageId: 'noDpia' }],
    },
    {
      name: 'special category data reached through a data category counts',
      declaration: declaration({
        dataCategories: [{ id: 'vi', name: 'Voting intention', kind: 'voting_intention' }],
        processingActivities: [small({ largeScale: true, specialCategory: undefined, dataCategoryIds: ['vi'], dpia: dpia('not_done') })],
      }),
      expect: [{ status: 'fail', messageId: 'noDpia', evidence: ['/processingActivities/0/dpia/status', '/processingActivities/0/largeScale', '/processingActivities/0/dataCategoryIds'] }],
    },
    {
      name: 'online targeting linked from a targeting entry plus combined datasets makes it mandatory',
      declaration: declaration({
        processingActivities: [small({ id: 'ads', name: 'Facebook ads', combinesDatasets: true, dpia: dpia('not_done') })],
        onlineTargeting: [{ id: 'upload', name: 'Supporter upload', method: 'custom_list_upload', activityId: 'ads' }],
      }),
      expect: [{ status: 'fail', messageId: 'noDpia', evidence: ['/processingActivities/0/dpia/status', '/processingActivities/0/combinesDatasets', '/onlineTargeting/0/activityId'] }],
    },
    { name: 'a DPIA still in progress is a warning', declaration: acts(modelling({ dpia: dpia('in_progress') })), expect: [{ status: 'warn', messageId: 'dpiaInProgress' }] },
    { name: 'one sign of risk and no DPIA is a warning', declaration: acts(small({ combinesDatasets: true, dpia: dpia('not_done') })), expect: [{ status: 'warn', messageId: 'dpiaAdvisable' }] },
    { name: 'one sign of risk, screened out, passes', declaration: acts(small({ combinesDatasets: true, dpia: dpia('not_required') })), expect: [{ status: 'pass', messageId: 'screenedOut' }] },
    { name: 'mandatory but DPIA not declared', declaration: acts(modelling()), expect: [{ status: 'needs_info', messageId: 'dpiaUnknown', evidence: ['/processingActivities/0/dpia'] }] },
    {
      name: 'scale unknown for special category data',
      declaration: acts(small({ largeScale: undefined, specialCategory: { used: true } })),
      expect: [{ status: 'needs_info', messageId: 'screeningUnknown', evidence: ['/processingActivities/0/largeScale'] }],
    },
    {
      name: 'no signs but scale unknown',
      declaration: acts(small({ largeScale: undefined })),
      expect: [{ status: 'needs_info', messageId: 'screeningUnknown' }],
    },
    { name: 'a small newsletter shows no signs of high risk', declaration: acts(small()), expect: [{ status: 'not_applicable', messageId: 'lowRisk', subject: 'processingActivities/newsletter' }] },
    { name: 'activities not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noActivities', subject: 'declaration' }] },
    { name: 'no activities', declaration: acts(), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
    {
      name: 'one outcome per activity, in order',
      declaration: acts(modelling({ dpia: dpia('completed') }), small()),
      expect: [
        { status: 'pass', subject: 'processingActivities/modelling' },
        { status: 'not_applicable', subject: 'processingActivities/newsletter' },
      ],
    },
  ],
});
