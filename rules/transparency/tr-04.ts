/**
 * TR-04: the privacy notice says where data not collected from people comes from (UK GDPR Art. 14(2)(f)).
 * "Third parties" is not a source. The ICO's audits of the parties asked them to name the commercial
 * organisations and the open sources they use; a notice that gives only types of source ("data brokers") where
 * data is bought in is reported as a warning.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass, warn } from '../lib/outcomes.js';
import { DECLARATION, items, section } from '../lib/subjects.js';
import { COMMERCIAL_SOURCE_TYPES, isIndirect, listOf, noticeGate } from './_helpers.js';

export default defineRule({
  id: 'TR-04',
  title: 'The privacy notice names the sources of data not collected from people themselves',
  area: 'transparency',
  severity: 'high',
  tags: ['transparency', 'article-14', 'privacy-notice', 'data-brokers', 'electoral-register'],
  covers: ['UK-TR-02'],
  citations: [cite('UK GDPR', 'Art. 14(2)(f)'), cite('UK GDPR', 'Art. 5(1)(a)'), citeIco('Collecting personal data')],
  rationale:
    'Article 14(2)(f) requires you to tell people where their data came from, including whether it came from publicly accessible sources such as the open register. ' +
    'People cannot object to, or check, a source they do not know about. Saying only that data comes from "third parties" tells them nothing. ' +
    'The ICO found in 2018 that parties did not explain data bought from brokers, and its later audits asked parties to name the commercial organisations and open sources they used.',
  remediation: [
    'List in the privacy notice each kind of source you use (the full electoral register, the marked register, canvassing, petitions, social media, and so on).',
    'Name the companies you buy or rent data from, and any connected company whose customer data you receive.',
    'Say which data comes from each source and what you use it for.',
  ],
  notes:
    'Where the origin cannot be given because many sources were mixed, general information is allowed (Recital 61), which is why "source_types" passes unless data is bought in. ' +
    'The notice is judged only when it is published (TR-01 reports a missing notice).',
  examples: {
    passing: `# The privacy notice names the organisations we get data from.
dataSources:
  - id: full-register
    name: Full electoral register
    type: full_electoral_register
  - id: lifestyle
    name: Lifestyle data from a broker
    type: data_broker
privacyNotice:
  published: true
  sourcesNamed: named_organisations
`,
    failing: `# Fails: the notice says only that data comes from "third parties".
dataSources:
  - id: full-register
    name: Full electoral register
    type: full_electoral_register
  - id: lifestyle
    name: Lifestyle data from a broker
    type: data_broker
privacyNotice:
  published: true
  sourcesNamed: generic
`,
  },
  messages: {
    noSources: 'Your data sources (dataSources) are not declared, so it is not known which sources the privacy notice must name. Use [] if there are none.',
    noIndirectSources: 'All declared data is collected from the people themselves, so there are no other sources to name.',
    noticeUnknown: 'Whether you publish a privacy notice (privacyNotice) is not declared, so it is not known whether it names your sources.',
    noticeUnpublished: 'No privacy notice is published (TR-01); the sources cannot be named in it.',
    namingUnknown: 'How your privacy notice describes where data comes from (privacyNotice.sourcesNamed) is not declared. You use: {{sources}}.',
    notStated: 'Your privacy notice does not say where data comes from, although you use: {{sources}}.',
    generic: 'Your privacy notice says only that data comes from "third parties"; it should name the kinds of source and the organisations ({{sources}}).',
    typesOnly: 'Your privacy notice gives only types of source; name the companies you get data from ({{sources}}).',
    named: 'Your privacy notice names the sources of data not collected from people.',
  },
  evaluate(declaration, context) {
    const list = declaration.dataSources;
    if (list === undefined) return [needsInfo(DECLARATION, 'noSources', ['/dataSources'])];
    const indirect = items(list, 'dataSources').filter(({ entry }) => isIndirect(entry));
    if (indirect.length === 0) return [notApplicable(DECLARATION, 'noIndirectSources', ['/dataSources'])];
    const gate = noticeGate(declaration, 'noticeUnknown', 'noticeUnpublished');
    if (gate.outcome) return [gate.outcome];
    const subject = section('privacyNotice');
    const field = '/privacyNotice/sourcesNamed';
    const pointers = indirect.map(({ subject: s }) => s.pointer);
    const sources = listOf(indirect.map(({ entry }) => entry.name));
    const bought = indirect.filter(({ entry }) => {
      if (COMMERCIAL_SOURCE_TYPES.has(entry.type)) return true;
      const supplier = entry.supplierId === undefined ? undefined : context.index.vendors.get(entry.supplierId);
      return supplier?.entry.service === 'data_broker';
    });
    switch (gate.notice.sourcesNamed) {
      case undefined:
        return [needsInfo(subject, 'namingUnknown', [field], { sources })];
      case 'not_stated':
        return [fail(subject, 'notStated', [field, ...pointers], { sources })];
      case 'generic':
        return [fail(subject, 'generic', [field, ...pointers], { sources })];
      case 'source_types':
        if (bought.length > 0) {
          return [warn(subject, 'typesOnly', [field, ...bought.map(({ subject: s }) => s.pointer)], { sources: listOf(bought.map(({ entry }) => entry.name)) })];
        }
        return [pass(subject, 'named', [field])];
      default:
        return [pass(subject, 'named', [field])];
    }
  },
});
