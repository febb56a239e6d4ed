/**
 * `npm run bench`: the event store against the bare drivers, in the same run, at the same
 * durability. SQLite always, on temporary files; PostgreSQL when TEST_DATABASE_URL or
 * DATABASE_URL is set, in a fresh schema dropped at the end. BENCH_QUICK=1 is a smoke run.
 * Progress goes to stderr; the Markdown report to stdout.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FULL_PLAN, QUICK_PLAN } from './measure.js';
import { dropSchema, openPostgresBare } from './postgres-bare.js';
import { renderReport } from './report.js';
import { runScenarios, type Line } from './scenarios.js';
import { openSqliteBare } from './sqlite-bare.js';
import { openStoreSubject } from './store-subject.js';
import type { BareSubject, Subject } from './workload.js';

const quick = process.env.BENCH_QUICK === '1';
const plan = quick ? QUICK_PLAN : FULL_PLAN;
const postgresUrl = nonEmpty(process.env.TEST_DATABASE_URL) ?? nonEmpty(process.env.DATABASE_URL);

const settings = [
  `Node ${process.version}, ${quick ? 'BENCH_QUICK smoke run' : 'full run'}: per line, ` +
    `${plan.warmupMs} ms warm-up per side, then ${plan.rounds} alternating rounds (ABBA) ` +
    `of ${plan.roundMs} ms per side`,
  'Events: 60-byte binary payload (a Yjs keystroke update), metadata { actor, role, connection }',
];
const lines: Line[] = [];

lines.push(...(await benchSqlite()));
if (postgresUrl === undefined) {
  process.stderr.write(
    'PostgreSQL skipped: set TEST_DATABASE_URL or DATABASE_URL to include it.\n',
  );
} else {
  lines.push(...(await benchPostgres(postgresUrl)));
}
process.stdout.write(renderReport(lines, settings));

async function benchSqlite(): Promise<Line[]> {
  const folder = mkdtempSync(join(tmpdir(), 'rapporteur-bench-'));
  try {
    const ours = await openStoreSubject({ url: `sqlite:${join(folder, 'store.sqlite')}` });
    const bare = await openBeside(ours, () => openSqliteBare(join(folder, 'bare.sqlite')));
    settings.push(`${bare.settings} (files in ${tmpdir()})`);
    return await runPair('sqlite', { ours, bare });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function benchPostgres(url: string): Promise<Line[]> {
  const schema = `bench_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  try {
    const ours = await openStoreSubject({ url, schema });
    const bare = await openBeside(ours, () => openPostgresBare(url, schema));
    settings.push(`${bare.settings}, schema ${schema} (dropped at the end)`);
    return await runPair('postgres', { ours, bare });
  } finally {
    await dropSchema(url, schema);
  }
}

/** Runs a dialect's lines and closes both sides, whatever happens. */
async function runPair(
  dialect: Line['dialect'],
  pair: { readonly ours: Subject; readonly bare: BareSubject },
): Promise<Line[]> {
  try {
    return await runScenarios(dialect, pair, plan);
  } finally {
    await Promise.all([pair.ours.close(), pair.bare.close()]);
  }
}

/** Opens the bare side; if that fails, closes the store that is already open. */
async function openBeside(
  ours: Subject,
  open: () => BareSubject | Promise<BareSubject>,
): Promise<BareSubject> {
  try {
    return await open();
  } catch (error) {
    await ours.close();
    throw error;
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
