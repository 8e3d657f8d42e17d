/**
 * LB-07: the customer data of a business connected to the campaign is not used for campaigning, and campaign data
 * is not passed to the business for its own use, unless the people concerned consented to that use. Leave.EU and
 * Eldon Insurance were fined in 2019 after Leave.EU emailed Eldon's insurance customers and Leave.EU's subscribers
 * received Eldon's insurance marketing. The reverse flow is seen through dataSources[].sharedWith.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule, type RuleOutcome } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';

type Message = 'noSources' | 'noAffiliatedData' | 'compatibilityUnknown' | 'noConsent' | 'consented' | 'sharedWithBusiness';

export default defineRule({
  id: 'LB-07',
  title: 'Data does not pass between the campaign and connected businesses without people\'s consent',
  area: 'lawful-basis',
  severity: 'critical',
  tags: ['lawful-basis', 'purpose-limitation', 'affiliated-company', 'pecr'],
  covers: ['UK-LB-06'],
  citations: [
    cite('UK GDPR', 'Art. 5(1)(a)'),
    cite('UK GDPR', 'Art. 5(1)(b)'),
    cite('UK GDPR', 'Art. 6(1)'),
    cite('PECR', 'reg. 22(2)'),
    citeIco('Purpose limitation, data minimisation and storage limitation'),
  ],
  rationale:
    'People who buy insurance, subscribe to a service or shop with a business do not expect their details to be used for political campaigning by a campaign connected to that business. ' +
    'Such use is unfair, incompatible with the purpose for which the business collected the data, and, for emails and texts, unlawful without their prior consent to messages from the campaign. ' +
    'In 2019 the ICO fined Leave.EU and Eldon Insurance a total of £120,000 after Leave.EU emailed Eldon\'s customers and Eldon\'s marketing went to Leave.EU subscribers; the separation between the two was ineffective.',
  remediation: [
    'Keep the datasets of connected businesses and the campaign apart, with separate systems and access.',
    'Do not use customer data for campaigning, or campaign data for the business, unless each person has consented to that specific use; for emails and texts the consent must name the sender.',
    'Delete any customer data already copied into campaign systems without consent.',
    'Do not pass supporter or subscriber lists to a connected business for its own marketing; if it only sends for you, make it your processor under a contract.',
  ],
  notes:
    'Campaign-side use is seen through dataSources of type affiliated_company_customers; the reverse flow through a source shared (sharedWith) with an actor of type affiliated_company that does not act as your processor. ' +
    'The schema records no consent for such onward sharing, so the reverse flow is a warning, not a failure. ' +
    'A declared compatibility assessment does not pass: the digest treats this source as a breach signal in itself, and customers\' reasonable expectations (Art. 8A(2)(b)) weigh decisively against compatibility. ' +
    'The Leave.EU/Eldon penalties (1 Feb 2019) are digest [S]; they were imposed under PECR reg 22.',
  examples: {
    passing: `# Customers of a connected business are used only where they consented to hear from the campaign.
dataSources:
  - id: insurer-customers
    name: Connected insurer customer list
    type: affiliated_company_customers
    compatibility:
      status: consent_obtained
`,
    failing: `# Fails: a connected insurer's customer list is used for campaigning without those customers' consent.
dataSources:
  - id: insurer-customers
    name: Connected insurer customer list
    type: affiliated_company_customers
    compatibility:
      status: assessed_compatible
`,
  },
  messages: {
    noSources: 'No data sources are declared, so use of connected businesses\' customer data cannot be checked.',
    noAffiliatedData: 'No customer data of a connected business is declared as a source, and no data is declared as shared with one.',
    compatibilityUnknown: '{{subject}} is customer data of a connected business; whether the customers consented to campaign use (compatibility) is not declared.',
    noConsent: '{{subject}} is customer data of a connected business used for campaigning without the customers\' consent.',
    consented: '{{subject}} is customer data of a connected business, used only with the customers\' consent to campaign use.',
    sharedWithBusiness: '{{subject}} is passed to the connected business {{recipients}}, which is not declared as acting only as your processor; make sure everyone in it consented to the business using their details, as supporters of a campaign do not expect that.',
  },
  evaluate(declaration, context) {
    const list = declaration.dataSources;
    if (list === undefined) return [needsInfo(DECLARATION, 'noSources', ['/dataSources'])];
    const outcomes: RuleOutcome<Message>[] = [];
    for (const { entry, subject } of items(list, 'dataSources')) {
      if (entry.type !== 'affiliated_company_customers') {
        const shares = (entry.sharedWith ?? [])
          .map((share, i) => ({ share, i, actor: context.index.actors.get(share.recipientId) }))
          .filter(({ share, actor }) => actor?.entry.type === 'affiliated_company' && share.asProcessor !== true);
        if (shares.length > 0) {
          const recipients = shares.map(({ actor }) => `"${actor!.entry.name}"`).join(', ');
          outcomes.push(warn(subject, 'sharedWithBusiness', shares.map(({ i }) => at(subject, 'sharedWith', i)), { recipients }));
        }
        continue;
      }
      const status = entry.compatibility?.status;
      if (status === undefined) outcomes.push(needsInfo(subject, 'compatibilityUnknown', [at(subject, 'compatibility')]));
      else if (status === 'consent_obtained') outcomes.push(pass(subject, 'consented', [at(subject, 'compatibility', 'status')]));
      else outcomes.push(fail(subject, 'noConsent', [at(subject, 'type'), at(subject, 'compatibility', 'status')]));
    }
    if (outcomes.length === 0) return [notApplicable(DECLARATION, 'noAffiliatedData', ['/dataSources'])];
    return outcomes;
  },
});
