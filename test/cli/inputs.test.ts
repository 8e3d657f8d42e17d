/** The input list (cli/inputs.ts): folders expanded in name order, depth first, kept compactly, duplicates dropped. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs, listFolder } from '../../cli/inputs.js';
import { tempDir, writeFiles } from './helpers.js';

describe('expandInputs', () => {
  it('gives every file once, in argument order, folders depth first in name order, - in its place', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'd/b.json': '{}',
      'd/a.yaml': '{}',
      'd/m/x.json': '{}',
      'd/m/deeper/y.yml': '{}',
      'd/z.json': '{}',
      'd/notes.txt': 'no',
      'd/.hidden.json': '{}',
      'd/node_modules/p.json': '{}',
      'e/c.json': '{}',
    });
    const { inputs, problems } = await expandInputs(['e/c.json', '-', 'd', 'd/z.json', 'e'], dir);
    expect(problems).toEqual([]);
    expect(inputs.length).toBe(7);
    expect(inputs.stdinIndex).toBe(1);
    expect([...inputs]).toEqual([
      { kind: 'file', path: join(dir, 'e/c.json'), display: 'e/c.json' },
      { kind: 'stdin' },
      ...['d/a.yaml', 'd/b.json', 'd/m/deeper/y.yml', 'd/m/x.json', 'd/z.json'].map((f) => ({ kind: 'file', path: join(dir, f), display: f })),
    ]);
    expect(listFolder(join(dir, 'd'))).toEqual(['a.yaml', 'b.json', 'm/deeper/y.yml', 'm/x.json', 'z.json'].map((f) => join(dir, 'd', f)));
    expect(inputs.at(6)).toEqual({ kind: 'file', path: join(dir, 'd/z.json'), display: 'd/z.json' });
    expect(inputs.at(7)).toBeUndefined();
    expect(inputs.at(-1)).toBeUndefined();
  });

  it('names files outside the working directory by their absolute path', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'sub/a.json': '{}' });
    const { inputs } = await expandInputs([join(dir, 'sub')], join(dir, 'sub', 'elsewhere'));
    expect([...inputs]).toEqual([{ kind: 'file', path: join(dir, 'sub/a.json'), display: join(dir, 'sub/a.json') }]);
  });
});
