import rule from '../../../rules/pecr/pecr-11.js';
import type { Communication, Suppression } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const email = (fields: Partial<Communication> = {}): Communication => ({
  id: 'weekly-email',
  name: 'Weekly email',
  channel: 'email',
  purpose: 'persuasion',
  ...fields,
});

const central: Suppression = { centralList: true, appliedBeforeEverySend: true, sharedAcrossUnits: true };

testRule(rule, {
  scenarios: [
    {
      name: 'a central list applied before every send covers each campaign',
      declaration: declaration({ communications: [email()], suppression: central }),
      expect: [
        { status: 'pass', messageId: 'listInPlace', subject: 'suppression' },
        { status: 'pass', messageId: 'coveredByCentral', subject: 'communications/weekly-email', evidence: ['/communications/0/suppressionApplied', '/suppression/appliedBeforeEverySend'] },
      ],
    },
    {
      name: 'a campaign that skips the list fails even with a central list (Conservative Party 2021)',
      declaration: declaration({ communications: [email({ suppressionApplied: false })], suppression: central }),
      expect: [
        { status: 'pass', subject: 'suppression' },
        { status: 'fail', messageId: 'campaignNotScreened', evidence: ['/communications/0/suppressionApplied'] },
      ],
    },
    {
      name: 'a list not applied to every send fails',
      declaration: declaration({ communications: [email({ suppressionApplied: true })], suppression: { centralList: true, appliedBeforeEverySend: false } }),
      expect: [
        { status: 'fail', messageId: 'notAppliedEverySend', evidence: ['/suppression/appliedBeforeEverySend'] },
        { status: 'pass', messageId: 'campaignScreened' },
      ],
    },
    {
      name: 'several lists is a warning',
      declaration: declaration({ communications: [email()], suppression: { centralList: false, appliedBeforeEverySend: true } }),
      expect: [{ status: 'warn', messageId: 'severalLists' }, { status: 'pass' }],
    },
    {
      name: 'a list not shared with units is a warning',
      declaration: declaration({ communications: [email()], suppression: { centralList: true, appliedBeforeEverySend: true, sharedAcrossUnits: false } }),
      expect: [{ status: 'warn', messageId: 'notShared' }, { status: 'pass' }],
    },
    {
      name: 'suppression not declared',
      declaration: declaration({ communications: [email()] }),
      expect: [
        { status: 'needs_info', messageId: 'suppressionUnknown', evidence: ['/suppression'] },
        { status: 'needs_info', messageId: 'campaignUnknown' },
      ],
    },
    {
      name: 'whether the list is applied is not declared',
      declaration: declaration({ communications: [email({ suppressionApplied: true })], suppression: { centralList: true } }),
      expect: [{ status: 'needs_info', messageId: 'appliedUnknown' }, { status: 'pass' }],
    },
    {
      name: 'post and research are judged elsewhere or not marketing',
      declaration: declaration({
        communications: [email({ id: 'letter', name: 'Letter', channel: 'addressed_post' }), email({ id: 'poll', name: 'Poll', purpose: 'research' })],
        suppression: central,
      }),
      expect: [
        { status: 'pass', subject: 'suppression' },
        { status: 'not_applicable', messageId: 'otherChannel', subject: 'communications/letter' },
        { status: 'not_applicable', messageId: 'notMarketing', subject: 'communications/poll' },
      ],
    },
    {
      name: 'no marketing at all needs no list',
      declaration: declaration({ communications: [email({ purpose: 'service_message' })] }),
      expect: [{ status: 'not_applicable', messageId: 'noMarketing' }, { status: 'not_applicable', messageId: 'notMarketing' }],
    },
    {
      name: 'purpose not declared',
      declaration: declaration({ communications: [email({ purpose: undefined })], suppression: central }),
      expect: [{ status: 'pass' }, { status: 'needs_info', messageId: 'purposeUnknown' }],
    },
    { name: 'communications not declared', declaration: declaration(), expect: [{ status: 'needs_info', messageId: 'noCommunications', subject: 'declaration' }] },
    { name: 'no communications', declaration: declaration({ communications: [] }), expect: [{ status: 'not_applicable', messageId: 'noneDeclared' }] },
  ],
});
