/**
 * The lines of the report, for one dialect: durable single appends, concurrent single appends
 * (PostgreSQL only: SQLite has one writer at a time), batches, and paging through the log.
 */
import { compare, type Contest, type Plan } from './measure.js';
import type { Subject } from './workload.js';

/** One line of the report: the same operation, per second, on the store and on the bare driver. */
export interface Line {
  readonly dialect: 'sqlite' | 'postgres';
  readonly operation: string;
  readonly ours: number;
  readonly bare: number;
}

export interface Pair {
  readonly ours: Subject;
  readonly bare: Subject;
}

/** The number of concurrent writers of the PostgreSQL concurrency line. */
export const CONCURRENT_WRITERS = 8;

// Filling the log for the read line goes faster in big transactions; it is not measured.
const FILL_BATCH = 1000;

/** Runs every line for `dialect` and returns them in report order. */
export async function runScenarios(
  dialect: Line['dialect'],
  pair: Pair,
  plan: Plan,
): Promise<Line[]> {
  const lines: Line[] = [];
  const measure = async (operation: string, contest: Contest): Promise<void> => {
    process.stderr.write(`  ${dialect}: ${operation}\n`);
    const outcome = await compare(pair, contest, plan);
    lines.push({ dialect, operation, ...outcome });
  };

  await measure('single-event appends/s, 1 writer', {
    unit: async (subject) => {
      await subject.appendOne('single-0');
      return 1;
    },
  });
  if (dialect === 'postgres') {
    await measure(`single-event appends/s, ${CONCURRENT_WRITERS} writers`, {
      writers: CONCURRENT_WRITERS,
      unit: async (subject, writer) => {
        await subject.appendOne(`concurrent-${writer}`);
        return 1;
      },
    });
  }
  await measure(`events/s in batches of ${plan.batchSize}`, {
    unit: async (subject) => {
      await subject.appendBatch('batch-0', plan.batchSize);
      return plan.batchSize;
    },
  });
  const logSize = await equalLogs(pair, plan);
  await measure(`readAll events/s, ${plan.pageSize} a page (${logSize} events)`, {
    unit: (subject) => subject.readAll(plan.pageSize),
  });
  return lines;
}

/** Tops both logs up to the same size, at least `plan.readLogEvents`, so reads compare like with like. */
async function equalLogs(pair: Pair, plan: Plan): Promise<number> {
  const sides = [pair.ours, pair.bare];
  const sizes = await Promise.all(sides.map((side) => side.readAll(plan.pageSize)));
  const target = Math.max(plan.readLogEvents, ...sizes);
  for (const [index, side] of sides.entries()) {
    let missing = target - (sizes[index] ?? 0);
    while (missing > 0) {
      const size = Math.min(FILL_BATCH, missing);
      await side.appendBatch('fill-0', size);
      missing -= size;
    }
  }
  return target;
}
