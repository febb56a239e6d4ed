// `npm run build -w @rapporteur/server`: the server and its CLI as JavaScript in dist/, so that
// `npm start` runs them with plain `node` and no TypeScript compiler (issue #17, decision 49).
// Our workspace packages are TypeScript sources (their exports name src/index.ts), which Node
// cannot load: they are bundled in. Every other package stays an import that Node resolves from
// node_modules at run time, as it does today, and native modules (better-sqlite3) keep working.
import { readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const SERVER = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(SERVER, 'dist');

/** Leaves every bare import to Node but our own packages, which are TypeScript sources. */
const externalPackages: Plugin = {
  name: 'external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@rapporteur/') ? undefined : { path: args.path, external: true },
    );
  },
};

/**
 * Code that finds files beside its source (the web app's dist/, the demo fixture, ./data, a
 * package's own node_modules) asks `import.meta.url`, which in a bundle is the bundle's address.
 * Each module's `import.meta.url` is rewritten to its source file's address, said relative to
 * dist/, so the same paths hold in the bundle, in tsx and in a copy of the tree (the image).
 */
const sourceAddresses: Plugin = {
  name: 'source-addresses',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      const code = await readFile(args.path, 'utf8');
      if (!code.includes('import.meta.url')) return undefined;
      const fromOut = relative(OUT, args.path).split(sep).join('/');
      const address = `new URL(${JSON.stringify(fromOut)}, import.meta.url).href`;
      return { contents: code.replaceAll('import.meta.url', address), loader: 'ts' };
    });
  },
};

const started = performance.now();
// Chunk names change with their content: last build's would stay beside this one's.
await rm(OUT, { recursive: true, force: true });
const result = await build({
  absWorkingDir: SERVER,
  entryPoints: { main: 'src/main.ts', cli: 'src/cli/main.ts' },
  outdir: OUT,
  // One folder for every output file: the addresses above are relative to it.
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Stack traces name the .ts lines (node --enable-source-maps); the sources themselves stay in
  // the repository, not in the maps.
  sourcemap: 'linked',
  sourcesContent: false,
  plugins: [externalPackages, sourceAddresses],
  logLevel: 'warning',
  metafile: true,
});
const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
process.stdout.write(
  `built ${relative(process.cwd(), OUT) || '.'}: ${Object.keys(result.metafile.outputs).length} files, ` +
    `${(bytes / 1024).toFixed(0)} KiB, in ${(performance.now() - started).toFixed(0)} ms\n`,
);
