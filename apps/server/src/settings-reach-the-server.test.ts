import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SETTING_NAMES } from './config.js';

const root = new URL('../../../', import.meta.url);
const turbo = JSON.parse(readFileSync(new URL('turbo.json', root), 'utf8')) as {
  tasks: Record<string, { passThroughEnv?: string[] }>;
};
const readme = readFileSync(new URL('README.md', root), 'utf8');

/** The variables named in the first column of the README's configuration table. */
function documentedVariables(): string[] {
  const table = readme.split('| variable | default | meaning |')[1]?.split('\n\n')[0] ?? '';
  return [...table.matchAll(/^\| (.+?) \|/gm)].flatMap((row) =>
    [...(row[1] ?? '').matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((name) => name[1] ?? ''),
  );
}

// turbo runs tasks in strict mode: a variable it is not told to pass never reaches the server, and
// nothing says so (DEMO_MEETING=off npm start used to create the demo all the same).
describe('settings reach the server through npm start', () => {
  it.each(['@rapporteur/server#start', '@rapporteur/server#dev'])(
    'lets every setting the server reads through turbo for %s',
    (task) => {
      const passed = turbo.tasks[task]?.passThroughEnv ?? [];
      expect(SETTING_NAMES.filter((name) => !passed.includes(name))).toEqual([]);
    },
  );

  it('documents every setting the server reads in the README, and reads every one it documents', () => {
    expect([...documentedVariables()].sort()).toEqual([...SETTING_NAMES].sort());
  });
});
