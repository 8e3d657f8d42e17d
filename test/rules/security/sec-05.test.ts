import rule from '../../../rules/security/sec-05.js';
import type { Security } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const procedure = (fields: Partial<NonNullable<Security['breachProcedure']>> = {}) =>
  declaration({ security: { breachProcedure: { documented: true, breachLog: true, reportWithin72Hours: true, informIndividuals: true, ...fields } } });

testRule(rule, {
  scenarios: [
    { name: 'a complete breach procedure passes', declaration: procedure(), expect: [{ status: 'pass', messageId: 'ready', subject: 'security' }] },
    { name: 'no written procedure fails', declaration: procedure({ documented: false }), expect: [{ status: 'fail', messageId: 'noProcedure', evidence: ['/security/breachProcedure/documented'] }] },
    {
      name: 'no 72-hour reporting and no log fail',
      declaration: procedure({ reportWithin72Hours: false, breachLog: false }),
      expect: [{ status: 'fail', messageId: 'shortfalls', evidence: ['/security/breachProcedure/breachLog', '/security/breachProcedure/reportWithin72Hours'] }],
    },
    { name: 'telling individuals not declared', declaration: procedure({ informIndividuals: undefined }), expect: [{ status: 'needs_info', messageId: 'gaps', evidence: ['/security/breachProcedure/informIndividuals'] }] },
    { name: 'procedure not declared', declaration: declaration({ security: {} }), expect: [{ status: 'needs_info', messageId: 'unknown', evidence: ['/security/breachProcedure'] }] },
  ],
});
