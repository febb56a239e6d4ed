import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const semver = require('semver') as {
  minVersion(range: string): { version: string } | null;
  satisfies(version: string, range: string): boolean;
};
const root = JSON.parse(
  readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8'),
) as { engines: { node: string } };

/** The `engines.node` of a package as the one that depends on it finds it installed. */
function nodeEnginesOf(name: string, from: string): string | undefined {
  const found = createRequire(require.resolve(from)).resolve(`${name}/package.json`);
  return (JSON.parse(readFileSync(found, 'utf8')) as { engines?: { node?: string } }).engines?.node;
}

// docx 9.15 asks for nanoid 6, which declares Node 22 or newer: `npm ci` warned on the Node 20.19
// the README documents. The root package.json overrides it with nanoid 5 (docx bundles its own
// copy of nanoid's generator, so the installed one only has to install cleanly).
describe('the Word export on the documented Node', () => {
  it('installs a nanoid under docx that supports the oldest Node the README documents', () => {
    const oldest = semver.minVersion(root.engines.node)?.version ?? '';
    expect(oldest).toBe('20.19.0');
    const engines = nodeEnginesOf('nanoid', 'docx');
    expect(
      engines === undefined || semver.satisfies(oldest, engines),
      `nanoid: ${String(engines)}`,
    ).toBe(true);
  });
});
