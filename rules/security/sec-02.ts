/**
 * SEC-02: stored data, devices and exports are encrypted. Encryption is the measure UK GDPR Art. 32(1)(a) names first;
 * for campaigns the usual losses are a laptop or phone left behind and a spreadsheet export emailed or copied to a
 * memory stick.
 */
import { cite, citeIco } from '../../core/citations.js';
import { defineRule } from '../../core/rule.js';
import { Checklist } from '../lib/checklist.js';
import { section, at } from '../lib/subjects.js';

export default defineRule({
  id: 'SEC-02',
  title: 'Stored data, laptops and phones, and data exports are encrypted',
  area: 'security',
  severity: 'high',
  tags: ['security', 'encryption', 'devices', 'exports'],
  covers: ['UK-SEC-01'],
  citations: [cite('UK GDPR', 'Art. 32(1)(a)'), cite('UK GDPR', 'Art. 5(1)(f)'), citeIco('Accountability')],
  rationale:
    'Encryption turns a lost laptop, a stolen phone or a misdirected file from a data breach into an inconvenience. Campaign data travels: canvassing ' +
    'apps on volunteers\' phones, spreadsheets exported for a mail merge or a phone bank, backups held by a supplier. The law names encryption as a ' +
    'measure to consider, and for political opinions held at scale it is expected on databases, backups, devices and exports alike.',
  remediation: [
    'Encrypt databases and backups (most CRM and cloud providers can confirm this in writing).',
    'Require full-disk encryption and a screen lock on every laptop and phone that holds campaign data, including volunteers\' own devices.',
    'Restrict who can export data; log exports; send exports only encrypted or through the system, never as plain email attachments.',
  ],
  notes: 'Art. 32 is a standard article not re-read (N in the legal sources); the point cited is its EU numbering, unchanged in the UK text.',
  examples: {
    passing: `# Databases, devices and exports are all encrypted.
security:
  encryptionAtRest: true
  deviceEncryption: true
  exportsControlled: true
`,
    failing: `# Fails: volunteers' phones and laptops holding data are not encrypted.
security:
  encryptionAtRest: true
  deviceEncryption: false
  exportsControlled: true
`,
  },
  messages: {
    shortfalls: 'Campaign data is not encrypted everywhere: {{items}}.',
    gaps: 'Not declared for encryption: {{items}}.',
    encrypted: 'Stored data, devices and exports are encrypted and controlled.',
  },
  evaluate(declaration) {
    const subject = section('security');
    const s = declaration.security;
    const check = new Checklist()
      .expectTrue(s?.encryptionAtRest, at(subject, 'encryptionAtRest'), {
        fail: 'databases and backups are not encrypted',
        unknown: 'whether databases and backups are encrypted (encryptionAtRest)',
      })
      .expectTrue(s?.deviceEncryption, at(subject, 'deviceEncryption'), {
        fail: 'laptops and phones holding data, including volunteers\', are not encrypted',
        unknown: 'whether laptops and phones holding data are encrypted (deviceEncryption)',
      })
      .expectTrue(s?.exportsControlled, at(subject, 'exportsControlled'), {
        fail: 'downloads and spreadsheet exports are not restricted, logged and encrypted',
        unknown: 'whether downloads and exports are restricted, logged and encrypted (exportsControlled)',
      });
    return [check.outcome(subject, { fail: 'shortfalls', unknown: 'gaps', pass: 'encrypted' })];
  },
});
