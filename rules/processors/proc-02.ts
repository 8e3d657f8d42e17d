/**
 * PROC-02: a supplier that uses campaign data for its own purposes (to enrich its own database, build
 * its own audiences, train its own models) is a controller for that use, not a processor (UK GDPR Art. 28(10)); calling
 * it a processor hides a disclosure that needs a lawful basis, transparency and a data sharing agreement.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';

const USUALLY_CONTROLLERS = new Set(['data_broker', 'social_media_platform']);

export default defineRule({
  id: 'PROC-02',
  title: 'Suppliers that use campaign data for their own purposes are not treated as processors',
  area: 'processors',
  severity: 'medium',
  tags: ['processors', 'controllers', 'roles', 'suppliers'],
  covers: ['UK-PROC-02', 'UK-SCOPE-01'],
  citations: [
    cite('UK GDPR', 'Art. 28(10)'),
    cite('UK GDPR', 'Art. 4(7)'),
    cite('UK GDPR', 'Art. 4(8)'),
    citeIco('Controllers, joint controllers and processors'),
  ],
  rationale:
    'A processor only acts on the campaign\'s instructions. A data broker that adds campaign data to its own database, an analytics firm that trains ' +
    'its own models on it, or a platform that uses uploaded lists for its own advertising decides purposes of its own, and for that use it is a ' +
    'controller. Labelling it a processor means the campaign is really disclosing voters\' data to another controller, which needs a lawful basis, must ' +
    'be explained to people and should be covered by a data sharing agreement. The Commissioner\'s work on data brokers (Experian, 2020) and on parties\' ' +
    'use of analytics firms turned on exactly this.',
  remediation: [
    'Ask each processor in writing whether it uses your data for any purpose of its own (enrichment, model training, its own marketing or audiences).',
    'If it does, treat it as a controller (or joint controller) for that use: identify your lawful basis for disclosing the data, tell people, and sign a data sharing or joint controller agreement.',
    'If it should not, require the processor contract to forbid any use for its own purposes, and check.',
  ],
  notes:
    'Suppliers declared as processor or sub-processor are judged; other organisations (actors) declared as processors are judged by ROLE-03. A data ' +
    'broker or social media platform declared as a processor that says it uses no data for its own purposes is a warning to check, since such firms ' +
    'usually do. Art. 4(7)-(8) and 28(10) are standard provisions not re-read (N in the legal sources).',
  examples: {
    passing: `# The email service uses the data only for us.
vendors:
  - id: mailer
    name: MailCo
    service: email_service
    role: processor
    usesDataForOwnPurposes: false
`,
    failing: `# Fails: called a processor, but it trains its own models on our data.
vendors:
  - id: analytics
    name: Insight Analytics
    service: analytics_or_modelling
    role: processor
    usesDataForOwnPurposes: true
`,
  },
  messages: {
    noSuppliers: 'No suppliers are declared, so it is not known whether any is wrongly treated as a processor.',
    noneDeclared: 'No suppliers are declared.',
    roleUnknown: '{{subject}}: its data protection role (processor or controller) is not declared (role).',
    notProcessor: '{{subject}} is declared as a {{role}}, so it is not presented as a processor.',
    ownUseUnknown: '{{subject}} is declared as a processor; whether it uses the data for its own purposes is not declared (usesDataForOwnPurposes).',
    ownPurposes: '{{subject}} is declared as a processor but uses the data for its own purposes, which makes it a controller for that use.',
    checkRole: '{{subject}} is a {{service}} declared as a processor; such firms usually use data for their own purposes, so check the contract and practice.',
    processor: '{{subject}} is declared as a processor and uses the data only for you.',
  },
  evaluate(declaration) {
    const list = declaration.vendors;
    if (list === undefined) return [needsInfo(DECLARATION, 'noSuppliers', ['/vendors'])];
    if (list.length === 0) return [notApplicable(DECLARATION, 'noneDeclared', ['/vendors'])];
    return items(list, 'vendors').map(({ entry, subject }) => {
      const role = entry.role;
      if (role === undefined) return needsInfo(subject, 'roleUnknown', [at(subject, 'role')]);
      if (role !== 'processor' && role !== 'sub_processor') return notApplicable(subject, 'notProcessor', [at(subject, 'role')], { role: role.replace(/_/g, ' ') });
      const pointer = at(subject, 'usesDataForOwnPurposes');
      if (entry.usesDataForOwnPurposes === undefined) return needsInfo(subject, 'ownUseUnknown', [pointer]);
      if (entry.usesDataForOwnPurposes) return fail(subject, 'ownPurposes', [at(subject, 'role'), pointer]);
      if (entry.service !== undefined && USUALLY_CONTROLLERS.has(entry.service)) {
        return warn(subject, 'checkRole', [at(subject, 'role'), at(subject, 'service')], { service: entry.service.replace(/_/g, ' ') });
      }
      return pass(subject, 'processor', [at(subject, 'role'), pointer]);
    });
  },
});
