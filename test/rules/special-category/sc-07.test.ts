import rule from '../../../rules/special-category/sc-07.js';
import type { DataCategory } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const category = (fields: Partial<DataCategory> = {}): DataCategory => ({
  id: 'est-ethnicity',
  name: 'Estimated ethnicity',
  kind: 'ethnicity',
  specialCategory: true,
  origin: 'inferred',
  inferenceMethod: 'name_analysis',
  ...fields,
});

testRule(rule, {
  scenarios: [
    {
      name: 'ethnicity from name analysis fails (2020 audit)',
      declaration: declaration({ dataCategories: [category()] }),
      expect: [{ status: 'fail', messageId: 'nameAnalysis', subject: 'dataCategories/est-ethnicity', evidence: ['/dataCategories/0/kind', '/dataCategories/0/inferenceMethod'] }],
    },
    {
      name: 'religion from a statistical model fails',
      declaration: declaration({ dataCategories: [category({ kind: 'religion', inferenceMethod: 'statistical_model' })] }),
      expect: [{ status: 'fail', messageId: 'inferred', evidence: ['/dataCategories/0/kind', '/dataCategories/0/inferenceMethod'] }],
    },
    {
      name: 'inferred with no method named fails on the origin',
      declaration: declaration({ dataCategories: [category({ kind: 'country_of_origin', inferenceMethod: undefined })] }),
      expect: [{ status: 'fail', messageId: 'inferred', evidence: ['/dataCategories/0/kind', '/dataCategories/0/origin'] }],
    },
    {
      name: 'bought-in ethnicity fails',
      declaration: declaration({ dataCategories: [category({ origin: 'purchased', inferenceMethod: undefined })] }),
      expect: [{ status: 'fail', messageId: 'purchased' }],
    },
    {
      name: 'observed religion is a warning',
      declaration: declaration({ dataCategories: [category({ kind: 'religion', origin: 'observed', inferenceMethod: undefined })] }),
      expect: [{ status: 'warn', messageId: 'observed' }],
    },
    {
      name: 'ethnicity given by members themselves passes',
      declaration: declaration({ dataCategories: [category({ name: 'Equality monitoring', origin: 'collected', inferenceMethod: undefined })] }),
      expect: [{ status: 'pass', messageId: 'collected' }],
    },
    {
      name: 'origin not declared',
      declaration: declaration({ dataCategories: [category({ origin: undefined, inferenceMethod: undefined })] }),
      expect: [{ status: 'needs_info', messageId: 'originUnknown', evidence: ['/dataCategories/0/origin'] }],
    },
    {
      name: 'name analysis for other demographics is a warning; for age it is out of scope',
      declaration: declaration({
        dataCategories: [
          category({ id: 'segments', name: 'Demographic segments', kind: 'demographics' }),
          category({ id: 'age', name: 'Estimated age', kind: 'age_or_date_of_birth', specialCategory: undefined }),
        ],
      }),
      expect: [{ status: 'warn', messageId: 'nameAnalysisOther', subject: 'dataCategories/segments', evidence: ['/dataCategories/0/inferenceMethod'] }],
    },
    {
      name: 'nothing in scope',
      declaration: declaration({ dataCategories: [category({ kind: 'voting_intention', inferenceMethod: 'statistical_model' })] }),
      expect: [{ status: 'not_applicable', messageId: 'noneInScope', subject: 'declaration' }],
    },
    { name: 'categories not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noCategories' }] },
  ],
});
