import rule from '../../../rules/canvassing/cnv-03.js';
import type { Canvassing } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const canvassing = (fields: Partial<Canvassing> = {}): Canvassing => ({ used: true, freeTextMinimised: true, recordsOtherHouseholdMembers: false, ...fields });

testRule(rule, {
  scenarios: [
    { name: 'minimised notes pass', declaration: declaration({ canvassing: canvassing() }), expect: [{ status: 'pass', messageId: 'minimised', subject: 'canvassing' }] },
    {
      name: 'household notes fail',
      declaration: declaration({ canvassing: canvassing({ recordsOtherHouseholdMembers: true }) }),
      expect: [{ status: 'fail', messageId: 'household', evidence: ['/canvassing/recordsOtherHouseholdMembers'] }],
    },
    { name: 'unlimited free text fails', declaration: declaration({ canvassing: canvassing({ freeTextMinimised: false }) }), expect: [{ status: 'fail', messageId: 'freeText' }] },
    {
      name: 'both fail together',
      declaration: declaration({ canvassing: canvassing({ freeTextMinimised: false, recordsOtherHouseholdMembers: true }) }),
      expect: [{ status: 'fail', messageId: 'both' }],
    },
    {
      name: 'a failure is reported even when the other fact is missing',
      declaration: declaration({ canvassing: canvassing({ freeTextMinimised: undefined, recordsOtherHouseholdMembers: true }) }),
      expect: [{ status: 'fail', messageId: 'household' }],
    },
    {
      name: 'facts not declared',
      declaration: declaration({ canvassing: canvassing({ freeTextMinimised: undefined }) }),
      expect: [{ status: 'needs_info', messageId: 'unknown', evidence: ['/canvassing/freeTextMinimised'] }],
    },
    { name: 'no canvassing', declaration: declaration({ canvassing: { used: false } }), expect: [{ status: 'not_applicable', messageId: 'notUsed' }] },
    { name: 'canvassing not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noCanvassing' }] },
  ],
});
