/**
 * SRC-01: before data is bought, rented or received from a broker or another company, the campaign checks where
 * it came from and whether the people in it were told it would be used for political campaigning, gets written
 * assurances, and records the checks. Fairness and transparency (Art. 5(1)(a)) travel with the data: a buyer
 * who cannot show the people were told cannot use it fairly, and accountability (Art. 5(2)) requires the checks
 * to be demonstrable. The ICO's guidance gives a worked due-diligence example (updated 21 Feb 2023).
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';
import { dueDiligenceOf, isThirdPartyList, listOf } from './_helpers.js';

export default defineRule({
  id: 'SRC-01',
  title: 'Data bought or received from brokers and other companies is used only after due diligence on its origin',
  area: 'sourcing',
  severity: 'high',
  tags: ['sourcing', 'data-brokers', 'due-diligence', 'accountability'],
  covers: ['UK-SRC-01'],
  citations: [cite('UK GDPR', 'Art. 5(1)(a)'), cite('UK GDPR', 'Art. 5(2)'), citeIco('Collecting personal data')],
  rationale:
    'Data from brokers and other companies is only as lawful as the way it was collected. ' +
    'Before using it you must find out where the supplier got it, what the people were told and whether they were told it could be used for political campaigning by organisations like yours, and you must be able to show that you checked. ' +
    'The ICO found in 2018 that parties bought lifestyle and contact data without such checks, and recommended that campaigners carry out and record due diligence on data from third parties. ' +
    'In the Emma\'s Diary case the supplier was fined because the mothers in its data had never been told it would be used for political profiling.',
  remediation: [
    'Before buying or receiving a list, ask the supplier where and when the data was collected, the privacy notice people saw, and whether it mentioned political campaigning.',
    'Check a sample of the supplier\'s records, and get written assurances (warranties) in the contract that the data was lawfully collected for this use.',
    'Record the checks (in your DPIA or a due-diligence file) and the decision; do not use data whose origin you cannot establish or whose people were not told.',
  ],
  notes:
    'Applies to sources of type data_broker or affiliated_company_customers, and to any source supplied by a vendor whose service is data_broker. The due diligence is taken from the source, else from its supplier. ' +
    'Consent for electronic messages from bought lists is SRC-02; re-use of a connected company\'s customer data is also judged by the lawful-basis rules (UK-LB-06). ' +
    'Democracy Disrupted recommendation 3 (due diligence, recorded in DPIAs) is [S] in the digest, so it is named in the rationale rather than cited. Missing contractual assurances are a warning: the ICO advises them, the law does not name them.',
  examples: {
    passing: `# Before using a broker's list we checked where it came from and that people were told of political use.
dataSources:
  - id: lifestyle
    name: Lifestyle data from a broker
    type: data_broker
    dueDiligence:
      status: completed
      sourceVerified: true
      peopleToldOfPoliticalUse: true
      contractualWarranties: true
`,
    failing: `# Fails: the people in the broker's list were never told it could be used for political campaigning.
dataSources:
  - id: lifestyle
    name: Lifestyle data from a broker
    type: data_broker
    dueDiligence:
      status: completed
      sourceVerified: true
      peopleToldOfPoliticalUse: false
`,
  },
  messages: {
    noSources: 'Your data sources (dataSources) are not declared, so it is not known whether you use bought-in data. Use [] if there are none.',
    noBoughtData: 'You use no data from brokers or other companies.',
    diligenceUnknown: '{{subject}}: the checks made on this bought-in data (dueDiligence, on the source or its supplier) are not declared.',
    notDone: '{{subject}}: no due diligence was done on this bought-in data.',
    problemsFound: '{{subject}}: {{problems}}, so the data cannot be used fairly.',
    checksUnknown: '{{subject}}: the due diligence does not say {{checks}}.',
    partial: '{{subject}}: due diligence on this data is only partly done.',
    noWarranties: '{{subject}}: the contract gives no written assurance that the data was lawfully collected for this use.',
    diligenceDone: '{{subject}}: due diligence established the origin of the data and that people were told of political use.',
  },
  evaluate(declaration, context) {
    const list = declaration.dataSources;
    if (list === undefined) return [needsInfo(DECLARATION, 'noSources', ['/dataSources'])];
    const bought = items(list, 'dataSources').filter(({ entry }) => isThirdPartyList(entry, context.index));
    if (bought.length === 0) return [notApplicable(DECLARATION, 'noBoughtData', ['/dataSources'])];
    return bought.map(({ entry, subject }) => {
      const found = dueDiligenceOf(entry, subject.pointer, context.index);
      if (found === undefined) return needsInfo(subject, 'diligenceUnknown', [at(subject, 'dueDiligence')]);
      const { diligence: dd, pointer } = found;
      if (dd.status === 'not_done') return fail(subject, 'notDone', [at(pointer, 'status')]);
      const problems: string[] = [];
      const problemPointers: string[] = [];
      if (dd.sourceVerified === false) {
        problems.push('where the data came from was not established');
        problemPointers.push(at(pointer, 'sourceVerified'));
      }
      if (dd.peopleToldOfPoliticalUse === false) {
        problems.push('the people in it were not told it would be used for political campaigning');
        problemPointers.push(at(pointer, 'peopleToldOfPoliticalUse'));
      }
      if (problems.length > 0) return fail(subject, 'problemsFound', problemPointers, { problems: listOf(problems) });
      const unknown: string[] = [];
      const unknownPointers: string[] = [];
      if (dd.sourceVerified === undefined) {
        unknown.push('whether the origin of the data was verified (sourceVerified)');
        unknownPointers.push(at(pointer, 'sourceVerified'));
      }
      if (dd.peopleToldOfPoliticalUse === undefined) {
        unknown.push('whether people were told of political use (peopleToldOfPoliticalUse)');
        unknownPointers.push(at(pointer, 'peopleToldOfPoliticalUse'));
      }
      if (unknown.length > 0) return needsInfo(subject, 'checksUnknown', unknownPointers, { checks: listOf(unknown) });
      if (dd.status === 'partial') return warn(subject, 'partial', [at(pointer, 'status')]);
      if (dd.contractualWarranties === false) return warn(subject, 'noWarranties', [at(pointer, 'contractualWarranties')]);
      return pass(subject, 'diligenceDone', [at(pointer, 'sourceVerified'), at(pointer, 'peopleToldOfPoliticalUse')]);
    });
  },
});
