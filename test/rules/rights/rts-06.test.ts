import rule from '../../../rules/rights/rts-06.js';
import type { DataCategory } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const score: DataCategory = { id: 'support-score', name: 'Support score', kind: 'party_support_score', origin: 'inferred' };
const contact: DataCategory = { id: 'contact', name: 'Contact details', kind: 'contact_details', origin: 'collected' };

const sar = (fields: Record<string, unknown>, categories: DataCategory[] | 'none' = [contact, score]) =>
  declaration({
    ...(categories === 'none' ? {} : { dataCategories: categories }),
    rights: { subjectAccess: { inPlace: true, includesInferredData: true, includesSourcesAndRecipients: true, ...fields } },
  });

testRule(rule, {
  scenarios: [
    {
      name: 'complete answers pass',
      declaration: sar({}),
      expect: [{ status: 'pass', messageId: 'complete', subject: 'rights', evidence: ['/rights/subjectAccess/includesInferredData', '/rights/subjectAccess/includesSourcesAndRecipients'] }],
    },
    {
      name: 'scores left out of answers fail (SCL Elections)',
      declaration: sar({ includesInferredData: false }),
      expect: [{ status: 'fail', messageId: 'incomplete', evidence: ['/rights/subjectAccess/includesInferredData'] }],
    },
    { name: 'sources and recipients left out fail', declaration: sar({ includesSourcesAndRecipients: false }), expect: [{ status: 'fail', messageId: 'incomplete' }] },
    {
      name: 'no inferred data held: leaving it out of answers is fine',
      declaration: sar({ includesInferredData: false }, [contact]),
      expect: [{ status: 'pass', messageId: 'complete' }],
    },
    {
      name: 'whether inferred data is held is unknown',
      declaration: sar({ includesInferredData: false }, 'none'),
      expect: [{ status: 'needs_info', messageId: 'gaps', evidence: ['/dataCategories'] }],
    },
    {
      name: 'profiling means inferred data is held even without data categories',
      declaration: declaration({
        profiling: { used: true },
        rights: { subjectAccess: { inPlace: true, includesInferredData: false, includesSourcesAndRecipients: true } },
      }),
      expect: [{ status: 'fail', messageId: 'incomplete' }],
    },
    { name: 'content not declared', declaration: sar({ includesSourcesAndRecipients: undefined }), expect: [{ status: 'needs_info', messageId: 'gaps' }] },
    { name: 'subject access not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'unknown' }] },
    { name: 'no process is left to RTS-01', declaration: sar({ inPlace: false }), expect: [{ status: 'not_applicable', messageId: 'noProcess' }] },
  ],
});
