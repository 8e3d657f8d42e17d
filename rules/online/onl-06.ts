/**
 * ONL-06: campaign apps and tools must not harvest the address books of volunteers' phones. The people in them have
 * no relationship with the campaign, are not told (UK GDPR Art. 14(1)), would not expect it (fairness,
 * Art. 5(1)(a)), and the campaign has no need for their details (minimisation, Art. 5(1)(c)), so there is no
 * lawful footing (Art. 6(1)). The ICO guidance asks campaigns to check that third-party campaigning platforms
 * process data lawfully. One outcome per supplier, then per data source of volunteers' contacts.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule, type RuleOutcome } from '../../core/rule.js';
import type { Vendor } from '../../schema/generated/declaration.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { DECLARATION, at, items } from '../lib/subjects.js';

type Message =
  | 'noVendors'
  | 'nothingDeclared'
  | 'readsContacts'
  | 'contactsUnknown'
  | 'noContacts'
  | 'notAnApp'
  | 'contactsSource';

/** Services that may run an app volunteers install (or are not said to be anything else). */
const APP_SERVICES: ReadonlySet<Vendor['service']> = new Set<Vendor['service']>([
  'canvassing_app',
  'peer_to_peer_messaging',
  'crm_or_voter_database',
  'other',
  undefined,
]);

/** Other services as words for messages. */
const SERVICE_LABELS: ReadonlyMap<Vendor['service'], string> = new Map<Vendor['service'], string>([
  ['email_service', 'an email service'],
  ['sms_gateway', 'an SMS gateway'],
  ['call_centre', 'a call centre'],
  ['printing_and_mailing', 'printing and mailing'],
  ['data_broker', 'data broking'],
  ['analytics_or_modelling', 'analytics or modelling'],
  ['ad_tech', 'advertising technology'],
  ['social_media_platform', 'a social media platform'],
  ['cloud_hosting', 'cloud hosting'],
]);

export default defineRule({
  id: 'ONL-06',
  title: 'Campaign apps and tools do not collect the contacts stored on volunteers\' phones',
  area: 'online',
  severity: 'high',
  tags: ['online', 'apps', 'volunteers', 'contacts', 'suppliers'],
  covers: ['UK-ONL-05'],
  citations: [
    cite('UK GDPR', 'Art. 5(1)(a)'),
    cite('UK GDPR', 'Art. 5(1)(c)'),
    cite('UK GDPR', 'Art. 6(1)'),
    cite('UK GDPR', 'Art. 14(1)'),
    citeIco('Political campaigning in the online world'),
  ],
  rationale:
    'Some canvassing and "relational organising" apps ask volunteers to let them read their phone\'s address book, then upload the contacts to match them to the voter file or message them. ' +
    'The people in those address books never dealt with the campaign, are not told, and would not expect a political campaign to hold their numbers because they know a volunteer. ' +
    'That is unfair and excessive, leaves the campaign without a lawful basis for holding the data, and any campaign messages sent to those contacts will lack consent too.',
  remediation: [
    'Turn off any feature that uploads or reads volunteers\' phone contacts, and remove the app\'s permission to access contacts.',
    'Delete contacts already collected this way, and do not add them to your voter file or message them.',
    'Check new campaigning apps and tools for contact-book access before volunteers install them, and put the restriction in the supplier\'s contract.',
  ],
  notes:
    'Suppliers whose service has no volunteer-facing app (email service, printing, hosting and similar) are not asked about contact access. ' +
    'Messages that volunteers send for the campaign are judged by PECR-13; the supplier contract itself by the processor rules.',
  examples: {
    passing: `# The canvassing app does not read volunteers' phone contacts.
vendors:
  - id: door-app
    name: Door App Ltd
    service: canvassing_app
    role: processor
    accessesVolunteerContacts: false
`,
    failing: `# Fails: the canvassing app uploads the contacts stored on volunteers' phones.
vendors:
  - id: door-app
    name: Door App Ltd
    service: canvassing_app
    role: processor
    accessesVolunteerContacts: true
`,
  },
  messages: {
    noVendors: 'No suppliers are declared, so it is not known whether campaign apps read volunteers\' contacts. Use [] if there are none.',
    nothingDeclared: 'No suppliers and no data taken from volunteers\' contacts are declared.',
    readsContacts: '{{subject}} uploads contacts from volunteers\' phones or address books.',
    contactsUnknown: '{{subject}}: whether its app reads volunteers\' phone contacts (accessesVolunteerContacts) is not declared.',
    noContacts: '{{subject}} does not read volunteers\' phone contacts.',
    notAnApp: '{{subject}} provides {{service}}, with no app used by volunteers.',
    contactsSource: '{{subject}} holds contacts taken from volunteers\' phones, which the people in them were never told about.',
  } satisfies Record<Message, string>,
  evaluate(declaration) {
    const sources = items(declaration.dataSources, 'dataSources').filter(({ entry }) => entry.type === 'volunteer_contacts');
    if (declaration.vendors === undefined && sources.length === 0) return [needsInfo(DECLARATION, 'noVendors', ['/vendors'])];
    const outcomes: RuleOutcome<Message>[] = items(declaration.vendors, 'vendors').map(({ entry, subject }) => {
      const reads = entry.accessesVolunteerContacts;
      if (reads === true) return fail(subject, 'readsContacts', [at(subject, 'accessesVolunteerContacts')]);
      if (reads === false) return pass(subject, 'noContacts', [at(subject, 'accessesVolunteerContacts')]);
      if (APP_SERVICES.has(entry.service)) return needsInfo(subject, 'contactsUnknown', [at(subject, 'accessesVolunteerContacts')]);
      return notApplicable(subject, 'notAnApp', [at(subject, 'service')], { service: SERVICE_LABELS.get(entry.service) ?? 'a service' });
    });
    for (const { subject } of sources) outcomes.push(fail(subject, 'contactsSource', [at(subject, 'type')]));
    if (outcomes.length === 0) return [notApplicable(DECLARATION, 'nothingDeclared', ['/vendors'])];
    return outcomes;
  },
});
