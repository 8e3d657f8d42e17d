import rule from '../../../rules/children/chd-02.js';
import type { Children, WebProperty } from '../../../schema/generated/declaration.js';
import { declaration } from '../../helpers/declarations.js';
import { testRule } from '../../helpers/rule-tester.js';

const youth: WebProperty = { id: 'youth', url: 'https://young.example.org', offersAccountsToUnder18s: true };
const main: WebProperty = { id: 'main', url: 'https://www.example.org', offersAccountsToUnder18s: false };
const decl = (sites: WebProperty[] | undefined, children?: Children) =>
  declaration({ ...(sites ? { webProperties: sites } : {}), ...(children ? { children } : {}) });

testRule(rule, {
  scenarios: [
    {
      name: 'a youth site with age checks passes',
      declaration: decl([main, youth], { ageChecks: true }),
      expect: [{ status: 'pass', messageId: 'checked', subject: 'children', evidence: ['/children/ageChecks', '/webProperties/1/offersAccountsToUnder18s'] }],
    },
    { name: 'a youth site without age checks fails', declaration: decl([youth], { ageChecks: false }), expect: [{ status: 'fail', messageId: 'noChecks' }] },
    { name: 'age checks not declared', declaration: decl([youth]), expect: [{ status: 'needs_info', messageId: 'checksUnknown', evidence: ['/children/ageChecks'] }] },
    {
      name: 'whether a site is open to children is not declared',
      declaration: decl([main, { id: 'app', url: 'https://app.example.org' }]),
      expect: [{ status: 'needs_info', messageId: 'openUnknown', evidence: ['/webProperties/1/offersAccountsToUnder18s'] }],
    },
    { name: 'no site is open to children', declaration: decl([main]), expect: [{ status: 'not_applicable', messageId: 'noChildService' }] },
    { name: 'no websites at all', declaration: decl([]), expect: [{ status: 'not_applicable', messageId: 'noChildService' }] },
    { name: 'websites not declared', declaration: decl(undefined), expect: [{ status: 'needs_info', messageId: 'noWebsites', evidence: ['/webProperties'] }] },
  ],
});
