// The boundary table of STYLE.md as lint rules (decision 35): what each workspace's code may
// import. A package's production files get an allow-list that matches its package.json
// dependencies; its tests, test helpers, benchmarks and tool configs may add the test tools, Node
// and the ./testing entries of what the package depends on. The apps, the benchmarks and the
// cross-package suites, which reach for much, get a list of what they must never import.
import { builtinModules } from 'node:module';

/** Stands for Node's built-in modules in a `may` list ('node:fs', and the bare 'fs'). */
export const NODE = Symbol('node built-ins');

const NODE_SPECIFIER = `node:.*|(?:${builtinModules.map(escape).join('|')})(?:/.*)?`;

/** Files that test, bench or configure a workspace rather than ship in it. */
const TEST_FILES = [
  '**/*.test.ts',
  '**/*.test.tsx',
  '**/*.bench.ts',
  '**/testing/**',
  '**/bench/**',
  '**/vitest.config.ts',
  '**/vite.config.ts',
];

/** What every test file may use besides its package's own imports. */
const TEST_TOOLS = ['vitest', 'fast-check', NODE];

/**
 * The packages: `may` is what their production code may import (their own files always);
 * `dev` what their tests add (the package.json devDependencies). Our packages are named entry by
 * entry ('@rapporteur/collab/protocol' is not '@rapporteur/collab'); other packages' subpaths
 * come with their name ('lib0' covers 'lib0/encoding'). Two entries run ahead of package.json:
 * '@rapporteur/errors' (the error family of issue #13, built on another branch) where its error
 * classes will extend it, and collab's '@rapporteur/domain', which STYLE.md's table allows.
 */
export const PACKAGES = [
  { folder: 'packages/errors', may: [] },
  { folder: 'packages/domain', may: ['@rapporteur/errors'] },
  { folder: 'packages/diff', may: ['diff', '@rapporteur/editor-schema'] },
  {
    folder: 'packages/editor-schema',
    may: [
      '@tiptap/core',
      '@tiptap/extension-table',
      '@tiptap/html',
      '@tiptap/pm',
      '@tiptap/starter-kit',
      '@rapporteur/errors',
    ],
    dev: ['happy-dom'],
  },
  {
    folder: 'packages/event-store',
    may: ['kysely', 'pg', 'better-sqlite3', '@rapporteur/errors', NODE],
  },
  { folder: 'packages/draft-log', may: ['yjs', 'lib0', '@rapporteur/event-store', NODE] },
  {
    folder: 'packages/collab',
    may: [
      'yjs',
      'y-protocols',
      'lib0',
      'ioredis',
      '@rapporteur/event-store',
      '@rapporteur/draft-log',
      '@rapporteur/domain',
      NODE,
    ],
  },
  { folder: 'packages/api-contract', may: ['zod', '@rapporteur/domain'] },
  {
    folder: 'packages/anchors',
    may: ['yjs', '@rapporteur/editor-schema', '@rapporteur/errors'],
    dev: ['@tiptap/y-tiptap'],
  },
  {
    folder: 'packages/history',
    may: [
      'yjs',
      '@tiptap/y-tiptap',
      '@rapporteur/diff',
      '@rapporteur/draft-log',
      '@rapporteur/editor-schema',
      '@rapporteur/event-store',
      '@rapporteur/errors',
      NODE,
    ],
  },
  {
    folder: 'packages/export',
    may: ['docx', 'pdfmake', '@rapporteur/diff', '@rapporteur/editor-schema', NODE],
    dev: ['semver'],
  },
];

/** The collab protocol entry and the files it reaches: what the browser bundle gets of collab. */
const PROTOCOL_ENTRY = {
  files: ['src/protocol-entry.ts', 'src/protocol.ts', 'src/close-codes.ts'].map(
    (file) => `packages/collab/${file}`,
  ),
  may: ['lib0'],
  who: '@rapporteur/collab/protocol (what the browser loads of collab)',
};

/** Never by path into another workspace, never into a package's src/ (STYLE.md). */
const BY_NAME_ONLY = {
  group: ['@rapporteur/*/src/*', '@rapporteur/*/src', '../../packages/*', '../../apps/*'],
  message: 'Import other packages by name (@rapporteur/<name>), never by path.',
};

const NEVER_ON_THE_SERVER = {
  group: ['react', 'react-dom', 'react-dom/*', '@tiptap/react', '@rapporteur/web'],
  message: 'apps/server is server-side: no React, nothing of apps/web (STYLE.md, Boundaries).',
};

/** The config blocks, one per workspace and kind of file, that enforce the table. */
export function boundaryBlocks() {
  return [
    // Every file, and so a workspace that has no row yet, imports other packages by name.
    restrict({}),
    ...PACKAGES.flatMap(packageBlocks),
    restrict({ files: PROTOCOL_ENTRY.files }, allowOnly(PROTOCOL_ENTRY.may, PROTOCOL_ENTRY.who)),
    ...webBlocks(),
    restrict({ files: ['apps/server/**'] }, NEVER_ON_THE_SERVER),
    restrict(
      { files: ['apps/server/**'], ignores: TEST_FILES },
      NEVER_ON_THE_SERVER,
      testingEntriesAreForTests('apps/server'),
    ),
    restrict(
      { files: ['tests/**'] },
      {
        regex: '^@rapporteur/(?:server|web)(?:/.*)?$|(?:^|/)apps/',
        message: 'tests/ reach the apps over HTTP, WebSocket and the browser, never by import.',
      },
    ),
    restrict(
      { files: ['bench/**'] },
      {
        regex: '^@rapporteur/(?!(?:draft-log|event-store)$)',
        message: 'bench/ imports only @rapporteur/draft-log and @rapporteur/event-store of ours.',
      },
    ),
    {
      files: ['packages/**'],
      ignores: TEST_FILES,
      rules: { 'no-restricted-syntax': ['error', ...STATIC_IMPORTS] },
    },
    ...pureCodeBlocks(),
  ];
}

/** no-restricted-imports reads static imports only: a package's code imports other packages statically. */
const STATIC_IMPORTS = [
  {
    selector: "ImportExpression[source.type!='Literal'], ImportExpression[source.value=/^[^.]/]",
    message: 'Import packages statically, where the boundary rule sees them (decision 35).',
  },
];

function packageBlocks({ folder, may, dev = [] }) {
  const ours = may.filter((entry) => typeof entry === 'string' && entry.startsWith('@rapporteur/'));
  const testing = ours.map((entry) => `${entry}/testing`);
  return [
    restrict({ files: [`${folder}/**`] }, allowOnly(may, folder)),
    restrict(
      { files: TEST_FILES.map((glob) => `${folder}/${glob}`) },
      allowOnly([...may, ...dev, ...TEST_TOOLS, ...testing], `the tests of ${folder}`),
    ),
  ];
}

function webBlocks() {
  const allowed = ['collab/protocol', 'api-contract', 'domain', 'editor-schema', 'diff'];
  const ours = {
    regex: `^@rapporteur/(?!(?:${allowed.map(escape).join('|')})$)`,
    message: `apps/web imports only ${allowed.map((entry) => `@rapporteur/${entry}`).join(', ')} of ours: the rest is the server's, reached over HTTP.`,
  };
  const serverSide = {
    regex: '^(?:hono|@hono/.*|kysely|pg|better-sqlite3|ioredis|ws)(?:/.*)?$',
    message: 'apps/web runs in the browser: no server-side package.',
  };
  const node = {
    regex: `^(?:${NODE_SPECIFIER})$`,
    message: 'apps/web runs in the browser: no Node.',
  };
  const intoTheServer = {
    regex: '(?:^|/)server/src(?:/|$)',
    message: 'apps/web never imports apps/server.',
  };
  return [
    restrict({ files: ['apps/web/**'] }, ours, serverSide, intoTheServer),
    restrict(
      { files: ['apps/web/**'], ignores: TEST_FILES },
      ours,
      serverSide,
      intoTheServer,
      node,
    ),
  ];
}

/** domain decides without a clock, randomness or an environment; diff runs in any JavaScript. */
function pureCodeBlocks() {
  const domain = 'packages/domain/src/**';
  const diff = 'packages/diff/src/**';
  const outside = (name) => ({
    name,
    message: 'Pure code: time, ids and input arrive as arguments.',
  });
  return [
    {
      files: [domain],
      ignores: TEST_FILES,
      rules: {
        'no-restricted-globals': [
          'error',
          ...[
            'process',
            'globalThis',
            'crypto',
            'fetch',
            'setTimeout',
            'setInterval',
            'setImmediate',
          ].map(outside),
        ],
        'no-restricted-properties': [
          'error',
          {
            object: 'Date',
            property: 'now',
            message: 'The decider reads no clock: `at` comes in the command.',
          },
          {
            object: 'Math',
            property: 'random',
            message: 'The decider draws no random number: ids come in the command.',
          },
        ],
        'no-restricted-syntax': [
          'error',
          ...STATIC_IMPORTS,
          {
            selector: "NewExpression[callee.name='Date']",
            message: 'The decider reads no clock: `at` comes in the command.',
          },
        ],
      },
    },
    {
      files: [diff],
      ignores: TEST_FILES,
      rules: {
        'no-restricted-globals': [
          'error',
          ...['process', 'Buffer', 'require', '__dirname', '__filename'].map((name) => ({
            name,
            message:
              'diff runs in the browser too: no Node global, so a bundler needs no polyfill.',
          })),
        ],
      },
    },
  ];
}

/** Production code never imports another package's test helpers. */
function testingEntriesAreForTests(where) {
  return {
    regex: '^@rapporteur/[^/]+/testing$',
    message: `${where}: ./testing entries are for tests, benchmarks and other test helpers.`,
  };
}

/** A pattern refusing every bare import outside `may` (relative imports stay allowed). */
function allowOnly(may, who) {
  const names = may.filter((entry) => entry !== NODE);
  const alternatives = names.map((name) =>
    name.startsWith('@rapporteur/') ? escape(name) : `${escape(name)}(?:/.*)?`,
  );
  if (may.includes(NODE)) alternatives.push(NODE_SPECIFIER);
  const allowed = alternatives.length === 0 ? '(?!)' : alternatives.join('|');
  const listed = [...names, ...(may.includes(NODE) ? ['Node built-ins'] : [])];
  return {
    regex: `^(?!\\.|(?:${allowed})$)`,
    message: `${who} may import only ${[...listed, 'its own files'].join(', ')} (STYLE.md, Boundaries).`,
  };
}

function restrict(where, ...patterns) {
  return {
    ...where,
    rules: { 'no-restricted-imports': ['error', { patterns: [BY_NAME_ONLY, ...patterns] }] },
  };
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
