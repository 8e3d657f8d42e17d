/**
 * SEC-06: paper records and devices are disposed of securely (shredding, certified wiping). Canvass sheets with voting
 * intentions, marked registers and old phones are a common source of breaches; security of processing covers the
 * end of the data's life too (UK GDPR Arts. 5(1)(f), 32(1)(b)).
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { fail, needsInfo, pass } from '../lib/outcomes.js';
import { at, section } from '../lib/subjects.js';

export default defineRule({
  id: 'SEC-06',
  title: 'Paper records and devices holding campaign data are disposed of securely',
  area: 'security',
  severity: 'medium',
  tags: ['security', 'disposal', 'paper'],
  covers: ['UK-SEC-01'],
  citations: [cite('UK GDPR', 'Art. 5(1)(f)'), cite('UK GDPR', 'Art. 32(1)(b)'), citeIco('After a campaign')],
  rationale:
    'Campaigns produce paper: canvass sheets with voting intentions, printed registers, marked registers, sign-up forms. They also retire phones and ' +
    'laptops. Paper in a recycling bin or a phone sold without wiping exposes exactly the data the campaign most needs to protect. Shredding or ' +
    'confidential waste, and certified wiping of devices, close that gap.',
  remediation: [
    'Collect paper canvass returns and printed lists after use; shred them or use a confidential waste service once the data is entered.',
    'Wipe devices with a certified method, or use a disposal firm that certifies destruction, before they are reused, sold or thrown away.',
    'Tell volunteers what to do with paper they take home.',
  ],
  notes: 'Art. 32 is a standard article not re-read (N in the legal sources). The end-of-campaign disposal plan is judged by the retention rules (RET-02, RET-06).',
  examples: {
    passing: `# Canvass sheets are shredded and old devices wiped.
security:
  secureDisposal: true
`,
    failing: `# Fails: paper canvass returns and old phones are not disposed of securely.
security:
  secureDisposal: false
`,
  },
  messages: {
    unknown: 'It is not declared whether paper and devices are disposed of securely (security.secureDisposal).',
    insecure: 'Paper records and devices holding campaign data are not disposed of securely.',
    secure: 'Paper records and devices are disposed of securely.',
  },
  evaluate(declaration) {
    const subject = section('security');
    const pointer = at(subject, 'secureDisposal');
    const disposal = declaration.security?.secureDisposal;
    if (disposal === undefined) return [needsInfo(subject, 'unknown', [pointer])];
    return [disposal ? pass(subject, 'secure', [pointer]) : fail(subject, 'insecure', [pointer])];
  },
});
