/**
 * TR-03: people whose data comes from somewhere other than themselves (the electoral register, brokers, other
 * companies, platforms, public and scraped material) are told, individually, within the Art. 14(3) time limits:
 * within a reasonable period and at the latest within one month, at the latest at the first communication, or at
 * the latest when the data is first disclosed to someone else. A notice on a website alone is not "providing"
 * the information unless an Art. 14(5) exemption applies; exemptions are judged by TR-05.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';
import { isIndirect, words } from './_helpers.js';

const WHEN = new Map<string, string>([
  ['within_one_month', 'within one month of your getting their data'],
  ['at_first_communication', 'in your first message to them'],
  ['before_disclosure', 'before their data is passed to anyone else'],
]);

export default defineRule({
  id: 'TR-03',
  title: 'People whose data comes from the register, brokers or other sources are told within the Article 14 time limits',
  area: 'transparency',
  severity: 'high',
  tags: ['transparency', 'article-14', 'electoral-register', 'data-brokers'],
  covers: ['UK-TR-02', 'UK-ER-03', 'UK-SRC-03', 'UK-SRC-04'],
  citations: [
    cite('UK GDPR', 'Art. 14(1)'),
    cite('UK GDPR', 'Art. 14(2)'),
    cite('UK GDPR', 'Art. 14(3)'),
    citeIco('Collecting personal data'),
    citeIco('Use of the electoral register'),
  ],
  rationale:
    'When you get personal data from someone other than the person (the electoral register, a data broker, another company, a social media platform, public websites), UK GDPR Article 14 requires you to tell each person what you hold and why: within a reasonable period and no later than one month after you get the data, or in your first message to them if that comes sooner, or before you pass the data on to someone else. ' +
    'The ICO found in 2018 that parties did not tell people how the electoral register, the "spine" of their voter files, was used, nor about data bought from brokers. ' +
    'In the Experian case the tribunal still required Article 14 notices to people whose data came from the open electoral register. A privacy notice on a website is not enough on its own unless an exemption applies and is documented (TR-05).',
  remediation: [
    'For each source, decide how people will be told: a privacy statement in your first letter, leaflet or message to them, or a direct notice within one month of getting the data.',
    'Make sure the first communication to anyone whose data came from the register or a broker carries the privacy information, or a clear link to it, and says where you got their details.',
    'If you believe telling people individually would be impossible or need disproportionate effort, document that assessment and publish the information instead (see TR-05).',
  ],
  notes:
    'Sources of type "other" count as obtained from someone else when a supplier is named (supplierId); otherwise they are judged only when their notice timing is declared. ' +
    'Art. 14(3)(b) and (c) can only shorten the one-month limit of Art. 14(3)(a) on the better reading (EDPB transparency guidelines); the declaration does not say when the first message goes out, so "at first communication" passes here on the assumption that it comes within a month. ' +
    'Timing "at_collection" for a source obtained from someone else usually means the original collector told people, which satisfies Art. 14 only if they already have all the information about you (Art. 14(5)(a)): it is reported as a warning. ' +
    'The Experian tribunal decision (FTT, 20 Feb 2023; Upper Tribunal 2024) is cited from the digest (section (d), case 12).',
  examples: {
    passing: `# People on the register are told about our use of their data in our first letter to them.
dataSources:
  - id: full-register
    name: Full electoral register
    type: full_electoral_register
    registerEntitlement: rpr_106_registered_party
    peopleInformed:
      method: first_communication
      timing: at_first_communication
`,
    failing: `# Fails: people in bought-in data are told only on our website, and no exemption applies.
dataSources:
  - id: lifestyle
    name: Lifestyle data from a broker
    type: data_broker
    peopleInformed:
      method: privacy_notice_only
      timing: within_one_month
    art14Exemption:
      claimed: false
`,
  },
  messages: {
    noSources: 'Your data sources (dataSources) are not declared, so it is not known who must be given Article 14 information. Use [] if there are none.',
    noneDeclared: 'No data sources are declared.',
    collectedDirectly: '{{subject}} is collected from the people themselves; TR-02 judges the information given at collection.',
    originUnknown: '{{subject}}: it is not declared whether this data comes from the people themselves, nor how they are told (peopleInformed).',
    exemptionClaimed: '{{subject}}: you rely on an exemption from telling people; TR-05 judges it.',
    informedUnknown: '{{subject}}: how and when the people in this {{type}} data are told that you hold it (peopleInformed) is not declared.',
    tooLate: '{{subject}}: people are told more than a month after you get their data; Article 14 requires one month at the latest, or sooner at the first message.',
    notToldExemptionUnknown: '{{subject}}: people are not told that you hold their data, and whether you rely on an Article 14(5) exemption (art14Exemption) is not declared.',
    notTold: '{{subject}}: people are not told that you hold their data, and no exemption is relied on.',
    noticeOnlyExemptionUnknown: '{{subject}}: people are told only through a published notice, and whether you rely on an Article 14(5) exemption (art14Exemption) is not declared.',
    noticeOnly: '{{subject}}: people are told only through a published notice; without an exemption Article 14 requires telling each person.',
    toldByCollector: '{{subject}}: people were told by whoever first collected the data; that counts only if they were told everything about your use of it, by name.',
    methodUnknown: '{{subject}}: how people are told (peopleInformed.method) is not declared.',
    toldInTime: '{{subject}}: people are told {{timing}}.',
  },
  evaluate(declaration) {
    const list = declaration.dataSources;
    if (list === undefined) return [needsInfo(DECLARATION, 'noSources', ['/dataSources'])];
    if (list.length === 0) return [notApplicable(DECLARATION, 'noneDeclared', ['/dataSources'])];
    return items(list, 'dataSources').map(({ entry, subject }) => {
      const informed = entry.peopleInformed;
      const exemption = entry.art14Exemption;
      if (entry.type === 'other' && !isIndirect(entry)) {
        if (informed === undefined) return needsInfo(subject, 'originUnknown', [at(subject, 'type'), at(subject, 'peopleInformed')]);
        if (informed.timing === 'at_collection') return notApplicable(subject, 'collectedDirectly', [at(subject, 'peopleInformed', 'timing')]);
      } else if (!isIndirect(entry)) {
        return notApplicable(subject, 'collectedDirectly', [at(subject, 'type')]);
      }
      if (exemption?.claimed === true) return notApplicable(subject, 'exemptionClaimed', [at(subject, 'art14Exemption', 'claimed')]);
      if (informed === undefined) return needsInfo(subject, 'informedUnknown', [at(subject, 'peopleInformed')], { type: words(entry.type) });
      const timing = [at(subject, 'peopleInformed', 'timing')];
      const method = [at(subject, 'peopleInformed', 'method')];
      const exemptionPointer = [at(subject, 'art14Exemption')];
      if (informed.timing === 'later') return fail(subject, 'tooLate', timing);
      if (informed.method === 'not_informed' || informed.timing === 'never') {
        const evidence = informed.method === 'not_informed' ? method : timing;
        if (exemption === undefined) return needsInfo(subject, 'notToldExemptionUnknown', [...evidence, ...exemptionPointer]);
        return fail(subject, 'notTold', [...evidence, at(subject, 'art14Exemption', 'claimed')]);
      }
      if (informed.method === 'privacy_notice_only' || informed.method === 'public_notice') {
        if (exemption === undefined) return needsInfo(subject, 'noticeOnlyExemptionUnknown', [...method, ...exemptionPointer]);
        return fail(subject, 'noticeOnly', [...method, at(subject, 'art14Exemption', 'claimed')]);
      }
      if (informed.timing === 'at_collection' || informed.method === 'at_collection') {
        return warn(subject, 'toldByCollector', informed.timing === 'at_collection' ? timing : method);
      }
      if (informed.method === undefined) return needsInfo(subject, 'methodUnknown', method);
      return pass(subject, 'toldInTime', [...timing, ...method], { timing: WHEN.get(informed.timing) ?? words(informed.timing) });
    });
  },
});
