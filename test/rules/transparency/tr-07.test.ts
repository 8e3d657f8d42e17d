import rule from '../../../rules/transparency/tr-07.js';
import type { OnlineTargeting } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const upload: OnlineTargeting = { id: 'supporters-upload', name: 'Supporters custom audience', platform: 'Meta', method: 'custom_list_upload' };
const geo: OnlineTargeting = { id: 'geo', name: 'Constituency adverts', platform: 'Meta', method: 'geographic' };

testRule(rule, {
  scenarios: [
    {
      name: 'platform sharing explained passes',
      declaration: declaration({ onlineTargeting: [upload], privacyNotice: { published: true, covers: { platformSharing: true } } }),
      expect: [{ status: 'pass', messageId: 'explained', subject: 'privacyNotice', evidence: ['/privacyNotice/covers/platformSharing'] }],
    },
    {
      name: 'list uploads not explained fail',
      declaration: declaration({ onlineTargeting: [geo, upload], privacyNotice: { published: true, covers: { platformSharing: false } } }),
      expect: [{ status: 'fail', messageId: 'notExplained', evidence: ['/privacyNotice/covers/platformSharing', '/onlineTargeting/1'] }],
    },
    {
      name: 'lookalikes and retargeting count too',
      declaration: declaration({
        onlineTargeting: [{ ...upload, id: 'lal', name: 'Lookalike', method: 'lookalike' }, { ...upload, id: 'rt', name: 'Retargeting', method: 'retargeting' }],
        privacyNotice: { published: true, covers: {} },
      }),
      expect: [{ status: 'needs_info', messageId: 'coverUnknown' }],
    },
    { name: 'notice not declared', declaration: declaration({ onlineTargeting: [upload] }), expect: [{ status: 'needs_info', messageId: 'noticeUnknown' }] },
    { name: 'no notice published is TR-01', declaration: declaration({ onlineTargeting: [upload], privacyNotice: { published: false } }), expect: [{ status: 'not_applicable', messageId: 'noticeUnpublished' }] },
    { name: 'only platform-data targeting', declaration: declaration({ onlineTargeting: [geo], privacyNotice: { published: true, covers: { platformSharing: false } } }), expect: [{ status: 'not_applicable', messageId: 'noSharing', subject: 'declaration' }] },
    { name: 'no targeting', declaration: declaration({ onlineTargeting: [] }), expect: [{ status: 'not_applicable', messageId: 'noSharing' }] },
    { name: 'targeting not declared', declaration: declaration({ privacyNotice: { published: true } }), expect: [{ status: 'needs_info', messageId: 'targetingUnknown' }] },
  ],
});
