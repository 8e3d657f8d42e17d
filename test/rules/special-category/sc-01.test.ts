import rule from '../../../rules/special-category/sc-01.js';
import type { DataCategory } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const category = (fields: Partial<DataCategory> = {}): DataCategory => ({ id: 'support-score', name: 'Support score', kind: 'party_support_score', origin: 'inferred', specialCategory: true, ...fields });

testRule(rule, {
  scenarios: [
    {
      name: 'a modelled support score recognised as special category passes',
      declaration: declaration({ dataCategories: [category()] }),
      expect: [{ status: 'pass', messageId: 'recognised', subject: 'dataCategories/support-score', evidence: ['/dataCategories/0/kind', '/dataCategories/0/specialCategory'] }],
    },
    {
      name: 'a support score declared as ordinary data fails',
      declaration: declaration({ dataCategories: [category({ specialCategory: false })] }),
      expect: [{ status: 'fail', messageId: 'notRecognised' }],
    },
    {
      name: 'canvass responses with no flag need information',
      declaration: declaration({ dataCategories: [category({ id: 'canvass', name: 'Canvass codes', kind: 'canvass_response', specialCategory: undefined })] }),
      expect: [{ status: 'needs_info', messageId: 'notStated', subject: 'dataCategories/canvass', evidence: ['/dataCategories/0/specialCategory'] }],
    },
    {
      name: 'donation history not treated as special is a warning',
      declaration: declaration({ dataCategories: [category({ id: 'donations', name: 'Donations to the party', kind: 'donation_history', specialCategory: undefined })] }),
      expect: [{ status: 'warn', messageId: 'mayReveal' }],
    },
    {
      name: 'ordinary data is skipped; a category marked special passes',
      declaration: declaration({
        dataCategories: [
          category({ id: 'contact', name: 'Contact details', kind: 'contact_details', specialCategory: undefined }),
          category({ id: 'stance', name: 'Stance on the bypass', kind: 'other', specialCategory: true }),
        ],
      }),
      expect: [{ status: 'pass', messageId: 'recognised', subject: 'dataCategories/stance', evidence: ['/dataCategories/1/specialCategory'] }],
    },
    {
      name: 'no special kinds',
      declaration: declaration({ dataCategories: [category({ kind: 'turnout_history', specialCategory: undefined })] }),
      expect: [{ status: 'not_applicable', messageId: 'noSpecialData', subject: 'declaration' }],
    },
    { name: 'categories not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noCategories' }] },
  ],
});
