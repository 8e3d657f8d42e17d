import rule from '../../../rules/transparency/tr-02.js';
import type { CollectionPoint } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const form = (fields: Partial<CollectionPoint> = {}): CollectionPoint => ({
  id: 'join-form',
  name: 'Join us form',
  type: 'web_form',
  privacyInformation: { provided: true, timing: 'at_collection', method: 'link' },
  ...fields,
});

const postal = (mentionsCampaignUse: boolean | undefined): CollectionPoint =>
  form({
    id: 'postal-votes',
    name: 'Postal vote forms',
    type: 'postal_vote_application',
    privacyInformation: { provided: true, timing: 'at_collection', method: 'printed_on_form', ...(mentionsCampaignUse === undefined ? {} : { mentionsCampaignUse }) },
  });

testRule(rule, {
  scenarios: [
    {
      name: 'information at the time passes',
      declaration: declaration({ collectionPoints: [form()] }),
      expect: [{ status: 'pass', messageId: 'providedAtCollection', subject: 'collectionPoints/join-form', evidence: ['/collectionPoints/0/privacyInformation/timing'] }],
    },
    {
      name: 'no information fails',
      declaration: declaration({ collectionPoints: [form({ privacyInformation: { provided: false } })] }),
      expect: [{ status: 'fail', messageId: 'notProvided', evidence: ['/collectionPoints/0/privacyInformation/provided'] }],
    },
    {
      name: 'information only later fails',
      declaration: declaration({ collectionPoints: [form({ privacyInformation: { provided: true, timing: 'later' } })] }),
      expect: [{ status: 'fail', messageId: 'givenLater' }],
    },
    {
      name: 'postal vote forms that do not mention campaign use fail (UK-SRC-05)',
      declaration: declaration({ collectionPoints: [postal(false)] }),
      expect: [
        {
          status: 'fail',
          messageId: 'campaignUseNotMentioned',
          subject: 'collectionPoints/postal-votes',
          evidence: ['/collectionPoints/0/type', '/collectionPoints/0/privacyInformation/mentionsCampaignUse'],
        },
      ],
    },
    { name: 'postal vote forms that mention campaign use pass', declaration: declaration({ collectionPoints: [postal(true)] }), expect: [{ status: 'pass', messageId: 'formTold' }] },
    { name: 'postal vote forms: campaign use not declared', declaration: declaration({ collectionPoints: [postal(undefined)] }), expect: [{ status: 'needs_info', messageId: 'campaignUseUnknown' }] },
    { name: 'privacy information not declared', declaration: declaration({ collectionPoints: [form({ privacyInformation: undefined })] }), expect: [{ status: 'needs_info', messageId: 'infoUnknown' }] },
    { name: 'timing not declared', declaration: declaration({ collectionPoints: [form({ privacyInformation: { provided: true } })] }), expect: [{ status: 'needs_info', messageId: 'timingUnknown' }] },
    { name: 'collection points not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noCollectionPoints', subject: 'declaration' }] },
    { name: 'no collection points', declaration: declaration({ collectionPoints: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
    {
      name: 'one outcome per collection point, in order',
      declaration: declaration({ collectionPoints: [form(), postal(false)] }),
      expect: [
        { status: 'pass', subject: 'collectionPoints/join-form' },
        { status: 'fail', subject: 'collectionPoints/postal-votes' },
      ],
    },
  ],
});
