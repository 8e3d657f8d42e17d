/**
 * ONL-03: uploading a contact list to a platform (a custom audience, or the seed of a lookalike), even hashed,
 * discloses those people's data to the platform for direct marketing. It needs a lawful basis (UK GDPR Art. 6(1))
 * recorded for the activity, and people who objected to direct marketing must be removed first: an objection means
 * their data may no longer be processed for it (Art. 21(2), (3)). Telling people about uploads is judged by the
 * transparency rules.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, notApplicable, pass } from '../lib/outcomes.js';
import { at } from '../lib/subjects.js';
import { LIST_METHODS, METHOD_LABELS, activityOf, perTargeting } from './_helpers.js';

export default defineRule({
  id: 'ONL-03',
  title: 'Contact lists uploaded to platforms have a lawful basis and exclude people who objected',
  area: 'online',
  severity: 'high',
  tags: ['online', 'custom-audiences', 'objection', 'lawful-basis'],
  covers: ['UK-ONL-03'],
  citations: [
    cite('UK GDPR', 'Art. 6(1)'),
    cite('UK GDPR', 'Art. 21(2)'),
    cite('UK GDPR', 'Art. 21(3)'),
    citeIco('Political campaigning in the online world'),
  ],
  rationale:
    'Uploading emails or phone numbers to a platform to build a custom audience, or to seed a lookalike audience, gives the platform those people\'s details so that it can find them and show them your messages. ' +
    'Hashing the list does not change that. It is processing for direct marketing and needs a lawful basis, identified and recorded for the activity. ' +
    'Anyone who has objected to direct marketing or unsubscribed must be taken off the list first: their objection covers online advertising as much as emails and letters.',
  remediation: [
    'Screen every list against your suppression list immediately before uploading it, and refresh uploaded audiences when people object.',
    'Link each upload to the processing activity it belongs to and record that activity\'s lawful basis (and, where it is legitimate interests, the assessment).',
    'Upload only the people whose data was collected on terms that cover this use, and tell them in your privacy notice that you share contact details with the named platforms for advertising.',
  ],
  notes:
    'Whether the chosen lawful basis is valid for the activity is judged by the lawful-basis rules; this rule checks that one is identified for the upload. ' +
    'Privacy information about uploads belongs to the transparency rules.',
  examples: {
    passing: `# Supporters who consented are uploaded, after removing everyone who objected or unsubscribed.
processingActivities:
  - id: online-ads
    name: Online advertising
    purposeType: online_targeting
    lawfulBasis: consent
onlineTargeting:
  - id: supporters-audience
    name: Supporters custom audience
    platform: Meta
    method: custom_list_upload
    activityId: online-ads
    suppressionApplied: true
`,
    failing: `# Fails: the list is uploaded without first removing people who objected.
processingActivities:
  - id: online-ads
    name: Online advertising
    purposeType: online_targeting
    lawfulBasis: consent
onlineTargeting:
  - id: supporters-audience
    name: Supporters custom audience
    platform: Meta
    method: custom_list_upload
    activityId: online-ads
    suppressionApplied: false
`,
  },
  messages: {
    noTargeting: 'No online targeting is declared, so it is not known whether contact lists are uploaded. Use [] if you do none.',
    noneDeclared: 'No online targeting is declared.',
    notList: '{{subject}} uses {{method}} and uploads no contact list.',
    objectorsUploaded: '{{subject}} ({{method}}) is uploaded without first removing people who objected to direct marketing or unsubscribed.',
    noBasis: '{{subject}} ({{method}}) belongs to an activity with no lawful basis identified.',
    suppressionUnknown: '{{subject}}: whether people who objected are removed before upload (suppressionApplied) is not declared.',
    activityUnknown: '{{subject}}: the processing activity the upload belongs to (activityId), and so its lawful basis, is not declared.',
    basisUnknown: '{{subject}}: the lawful basis of the activity the upload belongs to is not declared.',
    compliant: '{{subject}} removes people who objected before upload and has a lawful basis identified.',
  },
  evaluate(declaration, context) {
    return perTargeting(declaration, { absent: 'noTargeting', empty: 'noneDeclared' }, (entry, subject) => {
      const method = METHOD_LABELS[entry.method];
      if (!LIST_METHODS.has(entry.method)) return notApplicable(subject, 'notList', [at(subject, 'method')], { method });
      if (entry.suppressionApplied === false) return fail(subject, 'objectorsUploaded', [at(subject, 'suppressionApplied')], { method });
      const activity = activityOf(entry, context);
      const basis = activity?.entry.lawfulBasis;
      if (activity && basis === 'none_identified') {
        return fail(subject, 'noBasis', [at(subject, 'activityId'), at(activity.pointer, 'lawfulBasis')], { method });
      }
      if (entry.suppressionApplied === undefined) return needsInfo(subject, 'suppressionUnknown', [at(subject, 'suppressionApplied')]);
      if (!activity) return needsInfo(subject, 'activityUnknown', [at(subject, 'activityId')]);
      if (basis === undefined) return needsInfo(subject, 'basisUnknown', [at(activity.pointer, 'lawfulBasis')]);
      return pass(subject, 'compliant', [at(subject, 'suppressionApplied'), at(activity.pointer, 'lawfulBasis')]);
    });
  },
});
