/**
 * `npm run bench:start -w @rapporteur/bench`: the compiled server (`npm start`, decision 49)
 * against the same sources run through tsx, started alternately in one run on fresh data folders.
 * For each: the time from spawn to the first 200 of /readyz, and the idle RSS (VmRSS) a few
 * seconds later, on a first start (the demo meeting is imported) and on a restart of that folder.
 * START_REPS sets the repetitions (5). Progress goes to stderr; the Markdown table to stdout.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { median } from '../support/stats.js';
import { removeTempFolders, tempFolder } from '../support/temp-folders.js';
import { sleep } from '../support/wait.js';

const SERVER = fileURLToPath(new URL('../../../apps/server/', import.meta.url));
const IDLE_MS = 5_000;
const REPS = Number(process.env.START_REPS ?? 5);

/** The two ways to run the server: its `start` script today and the one before decision 49. */
const WAYS = {
  compiled: ['--enable-source-maps', 'dist/main.js'],
  tsx: ['--import', 'tsx', 'src/main.ts'],
} as const;
type Way = keyof typeof WAYS;
type Figures = Record<'ms' | 'rssMiB', number[]>;

process.on('exit', removeTempFolders);

const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: SERVER, encoding: 'utf8' });
if (build.status !== 0) throw new Error(`The server did not build:\n${build.stderr}`);

const results = new Map<string, Figures>();
for (let rep = 1; rep <= REPS; rep += 1) {
  // Alternating, so that both ways see the same load from whatever else the machine runs.
  for (const way of rep % 2 === 0
    ? (['tsx', 'compiled'] as const)
    : (['compiled', 'tsx'] as const)) {
    const dataDir = tempFolder(`start-${way}`);
    for (const start of ['first start', 'restart'] as const) {
      const figures = await measureOnce(way, dataDir);
      const key = `${way}|${start}`;
      const kept = results.get(key) ?? { ms: [], rssMiB: [] };
      kept.ms.push(figures.ms);
      kept.rssMiB.push(figures.rssMiB);
      results.set(key, kept);
      process.stderr.write(
        `rep ${rep} ${way} ${start}: ready in ${figures.ms.toFixed(0)} ms, idle RSS ${figures.rssMiB.toFixed(1)} MiB\n`,
      );
    }
  }
}
process.stdout.write(report(results));

async function measureOnce(way: Way, dataDir: string): Promise<{ ms: number; rssMiB: number }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, WAYS[way], {
    cwd: SERVER,
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  // Listened to from the spawn: a server that stops by itself must not leave a wait unanswered.
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    await readyAt(`http://127.0.0.1:${String(port)}/readyz`, child);
    const ms = performance.now() - started;
    await sleep(IDLE_MS);
    if (child.exitCode !== null) throw new Error(`The ${way} server stopped by itself:\n${errors}`);
    return { ms, rssMiB: rssKiB(child) / 1024 };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

/** Polls every 10 ms: the figure is the start, not the polling. */
async function readyAt(url: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`The server exited with ${String(child.exitCode)}.`);
    const status = await fetch(url).then(
      (answer) => answer.status,
      () => 0,
    );
    if (status === 200) return;
    await sleep(10);
  }
}

function rssKiB(child: ChildProcess): number {
  const status = readFileSync(`/proc/${String(child.pid)}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? Number.NaN);
}

function report(figures: ReadonlyMap<string, Figures>): string {
  const cell = (way: Way, start: string, field: keyof Figures) =>
    median(figures.get(`${way}|${start}`)?.[field] ?? []);
  const lines = [
    `Server start, medians of ${REPS} (${new Date().toISOString().slice(0, 10)}, same run, alternating)`,
    '',
    '| figure | tsx (before) | compiled (`npm start`) | compiled / tsx |',
    '|---|---:|---:|---:|',
  ];
  for (const start of ['first start', 'restart']) {
    for (const [field, label] of [
      ['ms', 'spawn to /readyz 200 (ms)'],
      ['rssMiB', `idle RSS ${IDLE_MS / 1000} s after ready (MiB)`],
    ] as const) {
      const tsx = cell('tsx', start, field);
      const compiled = cell('compiled', start, field);
      lines.push(
        `| ${start}: ${label} | ${tsx.toFixed(field === 'ms' ? 0 : 1)} | ${compiled.toFixed(field === 'ms' ? 0 : 1)} | ${(compiled / tsx).toFixed(2)}x |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A port nothing listens on at the moment of asking. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        resolve(typeof address === 'object' && address !== null ? address.port : 0);
      });
    });
  });
}
