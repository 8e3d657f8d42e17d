import rule from '../../../rules/online/onl-01.js';
import type { WebProperty } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const site = (fields: Partial<WebProperty> = {}): WebProperty => ({
  id: 'main-site',
  url: 'https://example.org',
  trackers: [
    { name: 'Session cookie', purpose: 'strictly_necessary' },
    { name: 'Meta Pixel', purpose: 'advertising', provider: 'Meta' },
  ],
  consentMechanism: { present: true, trackersFireBeforeConsent: false, rejectAsEasyAsAccept: true },
  ...fields,
});

testRule(rule, {
  scenarios: [
    { name: 'pixels after consent pass', declaration: declaration({ webProperties: [site()] }), expect: [{ status: 'pass', messageId: 'consentFirst', subject: 'webProperties/main-site' }] },
    {
      name: 'no consent banner fails',
      declaration: declaration({ webProperties: [site({ consentMechanism: { present: false } })] }),
      expect: [{ status: 'fail', messageId: 'noConsentAsked', evidence: ['/webProperties/0/trackers/1', '/webProperties/0/consentMechanism/present'] }],
    },
    {
      name: 'pixels firing before consent fail',
      declaration: declaration({ webProperties: [site({ consentMechanism: { present: true, trackersFireBeforeConsent: true } })] }),
      expect: [{ status: 'fail', messageId: 'firesBeforeConsent' }],
    },
    {
      name: 'social plugins need consent too',
      declaration: declaration({ webProperties: [site({ trackers: [{ name: 'Share buttons', purpose: 'social_plugin' }], consentMechanism: { present: false } })] }),
      expect: [{ status: 'fail', messageId: 'noConsentAsked' }],
    },
    {
      name: 'rejecting harder than accepting is a warning',
      declaration: declaration({ webProperties: [site({ consentMechanism: { present: true, trackersFireBeforeConsent: false, rejectAsEasyAsAccept: false } })] }),
      expect: [{ status: 'warn', messageId: 'rejectHarder' }],
    },
    {
      name: 'analytics and necessary cookies alone are not judged',
      declaration: declaration({ webProperties: [site({ trackers: [{ name: 'Stats', purpose: 'analytics' }], consentMechanism: undefined })] }),
      expect: [{ status: 'not_applicable', messageId: 'noConsentTrackers' }],
    },
    { name: 'trackers not declared', declaration: declaration({ webProperties: [site({ trackers: undefined })] }), expect: [{ status: 'needs_info', messageId: 'trackersUnknown', evidence: ['/webProperties/0/trackers'] }] },
    { name: 'consent mechanism not declared', declaration: declaration({ webProperties: [site({ consentMechanism: undefined })] }), expect: [{ status: 'needs_info', messageId: 'mechanismUnknown' }] },
    {
      name: 'firing before consent not declared',
      declaration: declaration({ webProperties: [site({ consentMechanism: { present: true } })] }),
      expect: [{ status: 'needs_info', messageId: 'firingUnknown' }],
    },
    {
      name: 'ease of refusing not declared',
      declaration: declaration({ webProperties: [site({ consentMechanism: { present: true, trackersFireBeforeConsent: false } })] }),
      expect: [{ status: 'needs_info', messageId: 'rejectUnknown' }],
    },
    { name: 'websites not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noWebProperties', subject: 'declaration' }] },
    { name: 'no websites', declaration: declaration({ webProperties: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
