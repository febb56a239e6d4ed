/**
 * The lines of the report, for one dialect: durable single appends, concurrent single appends
 * (PostgreSQL only: SQLite has one writer at a time), batches, and paging through a whole log.
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

/** The two sides of a comparison, and how to close both and remove what they stored. */
export interface Pair {
  readonly ours: Subject;
  readonly bare: Subject;
  close(): Promise<void>;
}

/** The number of concurrent writers of the PostgreSQL concurrency line. */
export const CONCURRENT_WRITERS = 8;

// The read line's logs are filled in big transactions, untimed.
const FILL_BATCH = 1000;

/** Opens a fresh, empty store and a fresh, empty bare table of the same dialect. */
export type OpenPair = () => Promise<Pair>;

/**
 * Runs every line for `dialect` and returns them in report order. The read line gets a pair of
 * its own, filled to exactly the same size, so that its figure does not depend on how fast the
 * append lines happened to be.
 */
export async function runScenarios(
  dialect: Line['dialect'],
  openPair: OpenPair,
  plan: Plan,
): Promise<Line[]> {
  const lines: Line[] = [];
  const measure = async (pair: Pair, operation: string, contest: Contest): Promise<void> => {
    process.stderr.write(`  ${dialect}: ${operation}\n`);
    const outcome = await compare(pair, contest, plan);
    lines.push({ dialect, operation, ...outcome });
  };

  await withPair(openPair, async (pair) => {
    await measure(pair, 'single-event appends/s, 1 writer', {
      unit: async (subject) => {
        await subject.appendOne('single-0');
        return 1;
      },
    });
    if (dialect === 'postgres') {
      await measure(pair, `single-event appends/s, ${CONCURRENT_WRITERS} writers`, {
        writers: CONCURRENT_WRITERS,
        unit: async (subject, writer) => {
          await subject.appendOne(`concurrent-${writer}`);
          return 1;
        },
      });
    }
    await measure(pair, `events/s in batches of ${plan.batchSize}`, {
      unit: async (subject) => {
        await subject.appendBatch('batch-0', plan.batchSize);
        return plan.batchSize;
      },
    });
  });
  await withPair(openPair, async (pair) => {
    process.stderr.write(
      `  ${dialect}: filling two logs of ${whole.format(plan.readLogEvents)} events\n`,
    );
    await fill(pair.ours, plan.readLogEvents);
    await fill(pair.bare, plan.readLogEvents);
    const size = whole.format(plan.readLogEvents);
    await measure(pair, `readAll events/s, ${plan.pageSize} a page, log of ${size}`, {
      unit: (subject) => subject.readAll(plan.pageSize),
    });
  });
  return lines;
}

const whole = new Intl.NumberFormat('en-US');

async function withPair(openPair: OpenPair, work: (pair: Pair) => Promise<void>): Promise<void> {
  const pair = await openPair();
  try {
    await work(pair);
  } finally {
    await pair.close();
  }
}

/** Appends `events` events to an empty log, untimed. */
async function fill(subject: Subject, events: number): Promise<void> {
  for (let missing = events; missing > 0; missing -= FILL_BATCH) {
    await subject.appendBatch('fill-0', Math.min(FILL_BATCH, missing));
  }
}
