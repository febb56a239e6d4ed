/**
 * `npm run bench`: the event store against the bare drivers, in the same run, at the same
 * durability. SQLite always, on temporary files; PostgreSQL when TEST_DATABASE_URL or
 * DATABASE_URL is set, in fresh schemas dropped as soon as they are done with.
 * BENCH_QUICK=1 is a smoke run. Progress goes to stderr; the Markdown report to stdout.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FULL_PLAN, QUICK_PLAN } from './measure.js';
import { dropSchema, openPostgresBare } from './postgres-bare.js';
import { renderReport } from './report.js';
import { runScenarios, type Line, type Pair } from './scenarios.js';
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
  let opened = 0;
  const openPair = async (): Promise<Pair> => {
    opened += 1;
    const ours = await openStoreSubject({
      url: `sqlite:${join(folder, `store-${opened}.sqlite`)}`,
    });
    const bare = await openBeside(ours, () =>
      openSqliteBare(join(folder, `bare-${opened}.sqlite`)),
    );
    if (opened === 1) settings.push(`${bare.settings} (files in ${tmpdir()})`);
    return { ours, bare, close: () => closeBoth(ours, bare) };
  };
  try {
    return await runScenarios('sqlite', openPair, plan);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function benchPostgres(url: string): Promise<Line[]> {
  const prefix = `bench_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  let opened = 0;
  // Each pair drops its schema on close, before the next pair opens: the store's migrator
  // refuses to start in a fresh schema while another schema of the database holds its tables.
  const openPair = async (): Promise<Pair> => {
    opened += 1;
    const schema = `${prefix}_${opened}`;
    try {
      const ours = await openStoreSubject({ url, schema });
      const bare = await openBeside(ours, () => openPostgresBare(url, schema));
      if (opened === 1) settings.push(`${bare.settings}, fresh schemas ${prefix}_* (dropped)`);
      const close = async (): Promise<void> => {
        await closeBoth(ours, bare).finally(() => dropSchema(url, schema));
      };
      return { ours, bare, close };
    } catch (error) {
      await dropSchema(url, schema);
      throw error;
    }
  };
  return runScenarios('postgres', openPair, plan);
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

async function closeBoth(ours: Subject, bare: Subject): Promise<void> {
  await Promise.all([ours.close(), bare.close()]);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
