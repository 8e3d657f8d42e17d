import rule from '../../../rules/rights/rts-02.js';
import type { Declaration, Rights } from '../../../schema/generated/declaration.js';
import { declaration, withDeclarant } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const everything: NonNullable<Rights['objection']>['appliesTo'] = ['all_channels', 'profiling', 'online_audiences', 'local_units', 'suppliers'];

/** A party that profiles, uploads lists, and uses suppliers; objections reach everything in 2 days unless overridden. */
const party = (objection: Partial<NonNullable<Rights['objection']>> = {}, overrides: Partial<Declaration> = {}) =>
  declaration({
    profiling: { used: true },
    onlineTargeting: [{ id: 'fb-upload', name: 'Members upload', method: 'custom_list_upload' }],
    vendors: [{ id: 'mailer', name: 'Mailer Ltd', service: 'email_service' }],
    rights: { objection: { inPlace: true, responseDays: 2, appliesTo: everything, ...objection } },
    ...overrides,
  });

testRule(rule, {
  scenarios: [
    {
      name: 'objections that reach every channel, model, audience, unit and supplier in 2 days pass',
      declaration: party(),
      expect: [{ status: 'pass', messageId: 'effective', subject: 'rights', evidence: ['/rights/objection/appliesTo', '/rights/objection/responseDays'] }],
    },
    {
      name: 'objections held only locally fail: they do not reach local units or suppliers',
      declaration: party({ appliesTo: ['all_channels', 'profiling', 'online_audiences'] }),
      expect: [{ status: 'fail', messageId: 'shortfalls', evidence: ['/rights/objection/appliesTo'] }],
    },
    {
      name: 'objectors left in uploaded audiences fail',
      declaration: party({ appliesTo: ['all_channels', 'profiling', 'local_units', 'suppliers'] }),
      expect: [{ status: 'fail', messageId: 'shortfalls' }],
    },
    {
      name: 'a non-party campaigner with no profiling, audiences, partners or suppliers needs only all channels',
      declaration: withDeclarant(
        { organisationType: 'non_party_campaigner', partyRegistration: undefined },
        {
          profiling: { used: false },
          onlineTargeting: [],
          actors: [],
          vendors: [],
          rights: { objection: { inPlace: true, responseDays: 1, appliesTo: ['all_channels'] } },
        },
      ),
      expect: [{ status: 'pass', messageId: 'effective' }],
    },
    { name: 'taking 40 days fails', declaration: party({ responseDays: 40 }), expect: [{ status: 'fail', messageId: 'shortfalls', evidence: ['/rights/objection/responseDays'] }] },
    { name: 'taking 14 days is a warning', declaration: party({ responseDays: 14 }), expect: [{ status: 'warn', messageId: 'slow' }] },
    { name: 'no process fails', declaration: party({ inPlace: false }), expect: [{ status: 'fail', messageId: 'noProcess' }] },
    { name: 'scope not declared', declaration: party({ appliesTo: undefined }), expect: [{ status: 'needs_info', messageId: 'gaps', evidence: ['/rights/objection/appliesTo'] }] },
    {
      name: 'whether profiling is done decides whether objections must stop it',
      declaration: party({ appliesTo: ['all_channels', 'online_audiences', 'local_units', 'suppliers'] }, { profiling: undefined }),
      expect: [{ status: 'needs_info', messageId: 'gaps', evidence: ['/profiling/used'] }],
    },
    { name: 'objection process not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'unknown', subject: 'rights' }] },
    {
      name: 'no direct marketing at all',
      declaration: declaration({
        communications: [{ id: 'receipt', name: 'Donation receipts', channel: 'email', purpose: 'service_message', containsCampaigningContent: false }],
        onlineTargeting: [],
        profiling: { used: false },
      }),
      expect: [{ status: 'not_applicable', messageId: 'noMarketing' }],
    },
  ],
});
