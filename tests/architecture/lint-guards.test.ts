// The lint rules that guard the architecture (decision 35), run through ESLint's Node API on the
// repository's own eslint.config.js: each refusal below is what `npm run lint` prints.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: repoRoot });

const GUARDS = new Set([
  'no-restricted-imports',
  'no-restricted-syntax',
  'no-restricted-globals',
  'no-restricted-properties',
  'rapporteur/no-import-cycle',
]);

/** The guard rules ESLint reports for `code` as if it were the file at `filePath`. */
async function refusals(filePath: string, code: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath: join(repoRoot, filePath) });
  const messages = result?.messages ?? [];
  // Parsing errors have no rule id: they fail the test too.
  return messages
    .filter((message) => message.ruleId === null || GUARDS.has(message.ruleId))
    .map((message) => message.ruleId);
}

// Existing files stand in for the imports (the type-aware rules need a file of a tsconfig).
// The type-aware rules see each stand-in's text for the rest of the run, so only the guard
// rules are asserted here.
const DOMAIN = 'packages/domain/src/index.ts';
const WEB = 'apps/web/src/main.tsx';
const SERVER = 'apps/server/src/main.ts';

describe('the boundary table in lint', () => {
  it.each([
    [
      'the database into domain',
      DOMAIN,
      "import { Kysely } from 'kysely';\nexport const k = Kysely;\n",
    ],
    [
      'the event store into domain',
      DOMAIN,
      "import type { EventStore } from '@rapporteur/event-store';\nexport type S = EventStore;\n",
    ],
    [
      'Node into domain',
      DOMAIN,
      "import { createHash } from 'node:crypto';\nexport const h = createHash;\n",
    ],
    [
      'the event store into the web',
      WEB,
      "import type { EventStore } from '@rapporteur/event-store';\nexport type S = EventStore;\n",
    ],
    [
      'the rooms of collab into the web',
      WEB,
      "import type { DraftRoom } from '@rapporteur/collab';\nexport type R = DraftRoom;\n",
    ],
    [
      'React into the server',
      SERVER,
      "import { useState } from 'react';\nexport const s = useState;\n",
    ],
    [
      "a package's src by path",
      SERVER,
      "import type { EventStore } from '@rapporteur/event-store/src/index.js';\nexport type S = EventStore;\n",
    ],
    [
      'yjs into the protocol entry the browser loads',
      'packages/collab/src/protocol-entry.ts',
      "import * as Y from 'yjs';\nexport const doc = Y.Doc;\n",
    ],
    [
      "another package's test helpers into production code",
      'packages/history/src/index.ts',
      "import { note } from '@rapporteur/event-store/testing';\nexport const n = note;\n",
    ],
    [
      "the server's code into the cross-package suites",
      'tests/drills/support/free-port.ts',
      "import { createApp } from '../../../apps/server/src/app.js';\nexport const a = createApp;\n",
    ],
  ])('refuses %s', async (_name, filePath, code) => {
    expect(await refusals(filePath, code)).toEqual(['no-restricted-imports']);
  });

  it.each([
    [
      'its own files into domain',
      DOMAIN,
      "import type { Role } from './permissions/roles.js';\nexport type R = Role;\n",
    ],
    [
      'the protocol entry of collab into the web',
      WEB,
      "import { CLOSE_CODES } from '@rapporteur/collab/protocol';\nexport const c = CLOSE_CODES;\n",
    ],
    [
      'the domain into the web',
      WEB,
      "import type { Role } from '@rapporteur/domain';\nexport type R = Role;\n",
    ],
  ])('lets %s through', async (_name, filePath, code) => {
    expect(await refusals(filePath, code)).toEqual([]);
  });

  it('refuses a package imported dynamically, where the table would not see it', async () => {
    expect(await refusals(DOMAIN, "export const k = await import('kysely');\n")).toEqual([
      'no-restricted-syntax',
    ]);
  });

  it('keeps the decider off the clock', async () => {
    expect(await refusals(DOMAIN, 'export const now = Date.now();\n')).toEqual([
      'no-restricted-properties',
    ]);
  });

  it.each(workspaces())('gives %s a row of the table and the cycle check', async (workspace) => {
    const config = (await eslint.calculateConfigForFile(join(workspace, 'src/index.ts'))) as {
      rules: Record<string, [number, { patterns: unknown[] }?]>;
    };
    // The first pattern, import by name, holds everywhere; the second is the workspace's row.
    expect(config.rules['no-restricted-imports']?.[1]?.patterns.length).toBeGreaterThanOrEqual(2);
    expect(config.rules['rapporteur/no-import-cycle']).toEqual([2]);
  });
});

describe('the import cycle check', () => {
  const folder = mkdtempSync(join(tmpdir(), 'rapporteur-cycles-'));
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  /** Lints `files`, written to a fresh folder, with the rule as the repository configures it. */
  async function cyclesIn(name: string, files: Record<string, string>): Promise<string[]> {
    const root = join(folder, name);
    for (const [file, text] of Object.entries(files)) {
      mkdirFor(join(root, file));
      writeFileSync(join(root, file), text);
    }
    const configured = (await eslint.calculateConfigForFile(DOMAIN)) as {
      plugins: Record<string, ESLint.Plugin>;
    };
    const linter = new ESLint({
      cwd: root,
      overrideConfigFile: true,
      overrideConfig: {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        plugins: { rapporteur: configured.plugins['rapporteur'] ?? {} },
        rules: { 'rapporteur/no-import-cycle': 'error' },
      },
    });
    const results = await linter.lintFiles(['.']);
    return results.flatMap((result) => result.messages.map((message) => message.message)).sort();
  }

  it('finds a cycle of two files, reported in each', async () => {
    const found = await cyclesIn('two', {
      'a.ts': "import { b } from './b.js';\nexport const a = () => b;\n",
      'b.ts': "import { a } from './a.js';\nexport const b = () => a;\n",
      'c.ts': "import { a } from './a.js';\nexport const c = a;\n",
    });
    expect(found).toEqual([
      expect.stringContaining('Import cycle: a.ts -> b.ts -> a.ts'),
      expect.stringContaining('Import cycle: b.ts -> a.ts -> b.ts'),
    ]);
  });

  it('finds a cycle of types across folders, through an index', async () => {
    const found = await cyclesIn('types', {
      'meeting/state.ts':
        "import type { Version } from '../version/index.js';\nexport type State = { v: Version };\n",
      'version/index.ts': "export type { Version } from './version.js';\n",
      'version/version.ts':
        "import type { State } from '../meeting/state.js';\nexport type Version = { s?: State };\n",
    });
    expect(found).toHaveLength(3);
    expect(found).toContainEqual(
      expect.stringContaining(
        'state.ts -> ../version/index.ts -> ../version/version.ts -> state.ts',
      ),
    );
  });

  it('passes a graph without a cycle', async () => {
    expect(
      await cyclesIn('none', {
        'a.ts': "import { b } from './b.js';\nexport const a = b;\n",
        'b.ts': 'export const b = 1;\n',
      }),
    ).toEqual([]);
  });
});

/** Every workspace of the root package.json, and packages/errors, which is on its way. */
function workspaces(): string[] {
  const { workspaces: globs } = JSON.parse(
    readFileSync(join(repoRoot, 'package.json'), 'utf8'),
  ) as {
    workspaces: string[];
  };
  const found = globs.flatMap((glob) =>
    glob.endsWith('/*')
      ? readdirSync(join(repoRoot, glob.slice(0, -2)), { withFileTypes: true })
          .filter((entry) =>
            existsSync(join(repoRoot, glob.slice(0, -2), entry.name, 'package.json')),
          )
          .map((entry) => `${glob.slice(0, -2)}/${entry.name}`)
      : [glob],
  );
  return [...new Set([...found, 'packages/errors'])].sort();
}

function mkdirFor(file: string): void {
  mkdirSync(dirname(file), { recursive: true });
}
