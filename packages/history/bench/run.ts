/**
 * `npm run bench -w @rapporteur/history`: the draft's past on a draft of 100,000 stored updates
 * and on a fixture-sized one, each figure beside a full replay of the same draft measured in
 * the same run. SQLite on a temporary file, at the store's full durability.
 * BENCH_QUICK=1 is a smoke run (10,000 updates, fewer samples). The report goes to stdout.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { draftStream, DRAFT_UPDATED } from '@rapporteur/draft-log';
import { createEventStore, type EventStore } from '@rapporteur/event-store';
import * as Y from 'yjs';
import {
  authorsAt,
  authorsFromTimeline,
  compareFromTimeline,
  compareRevisions,
  DraftTimeline,
  DraftTimelines,
  readDraftAt,
  readDraftFromTimeline,
} from '../src/index.js';
import { buildDraft } from './build-draft.js';
import { readTrace } from './trace.js';

const quick = process.env.BENCH_QUICK === '1';
const LARGE = quick ? 10_000 : 100_000;
const SMALL = 2_000;
const SAMPLES = quick ? 5 : 40;
const gc = (globalThis as { gc?: () => void }).gc;

interface Row {
  readonly draft: string;
  readonly what: string;
  readonly p50: number;
  readonly p95: number;
  readonly replay: number;
  readonly goal: string;
}

async function times(
  samples: number,
  run: (sample: number) => Promise<unknown>,
): Promise<number[]> {
  await run(0);
  const spent: number[] = [];
  for (let sample = 1; sample <= samples; sample += 1) {
    const start = performance.now();
    await run(sample);
    spent.push(performance.now() - start);
  }
  return spent.sort((a, b) => a - b);
}

const at = (sorted: readonly number[], p: number) =>
  sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;

/** The baseline: every stored event of the draft applied to a fresh document, page by page. */
async function fullReplay(store: EventStore, draftId: string): Promise<void> {
  const doc = new Y.Doc();
  for (let from = 0; ;) {
    const events = await store.readStream(draftStream(draftId), { from, limit: 2000 });
    Y.transact(doc, () => {
      for (const event of events)
        if (event.type === DRAFT_UPDATED && event.payload !== null)
          Y.applyUpdate(doc, event.payload);
    });
    if (events.length < 2000) break;
    from += events.length;
  }
  doc.destroy();
}

/** A fixed sequence of pseudo-random revisions, the same on every run. */
function revisions(head: number): (sample: number) => number {
  return (sample) => (sample * 7919 * 104_729) % (head + 1);
}

async function benchDraft(
  store: EventStore,
  draft: { id: string; label: string; head: number },
): Promise<Row[]> {
  const replaySamples = await times(quick ? 2 : 5, () => fullReplay(store, draft.id));
  const replay = at(replaySamples, 0.5);
  const pick = revisions(draft.head);
  const rows: Row[] = [];
  const row = (what: string, sorted: number[], goal: string) => {
    rows.push({
      draft: draft.label,
      what,
      p50: at(sorted, 0.5),
      p95: at(sorted, 0.95),
      replay,
      goal,
    });
  };
  row('full replay (baseline)', replaySamples, '');
  row(
    'time travel to a random revision: snapshot + tail (JSON + HTML)',
    await times(SAMPLES, (sample) =>
      readDraftAt(store, { draftId: draft.id, revision: pick(sample) }),
    ),
    '',
  );
  const timelines = new DraftTimelines(store);
  await timelines.of(draft.id);
  row(
    'time travel to a random revision: timeline kept (JSON + HTML)',
    await times(SAMPLES, (sample) =>
      readDraftFromTimeline(timelines, { store, draftId: draft.id, revision: pick(sample) }),
    ),
    'p95 < 100 ms',
  );
  timelines.close();
  // Two ranges, each diffed from the log and then from a kept timeline: a wide one, and the last
  // 200 revisions (what comparing with the latest approved version usually is).
  const tenth = Math.floor(draft.head / 10);
  const ranges = [
    {
      what: `diff between revisions ${tenth} and ${draft.head - tenth}`,
      range: { draftId: draft.id, from: tenth, to: draft.head - tenth },
      samples: quick ? 2 : 8,
      keptGoal: '',
    },
    {
      what: 'diff between the head and 200 revisions before',
      range: { draftId: draft.id, from: draft.head - 200, to: draft.head },
      samples: SAMPLES,
      keptGoal: draft.label.startsWith('fixture') ? 'p95 < 50 ms' : '',
    },
  ];
  for (const { what, range, samples } of ranges) {
    row(what, await times(samples, () => compareRevisions(store, range)), '');
  }
  const kept = new DraftTimelines(store);
  await kept.of(draft.id);
  for (const { what, range, samples, keptGoal } of ranges) {
    row(
      `${what}, timeline kept`,
      await times(samples, () => compareFromTimeline(kept, range)),
      keptGoal,
    );
  }
  kept.close();
  const cold = await times(quick ? 1 : 3, async () => {
    const timeline = new DraftTimeline(store, draft.id);
    await timeline.catchUp();
    timeline.entries().slice(0, 30);
    timeline.destroy();
  });
  row('history, first page, timeline built from the log (cold)', cold, '');
  const warm = new DraftTimeline(store, draft.id);
  await warm.catchUp();
  row(
    'history, first page, timeline kept (warm)',
    await times(SAMPLES, async () => {
      await warm.catchUp();
      return warm.entries().slice(0, 30);
    }),
    'p95 < 100 ms',
  );
  warm.destroy();
  row(
    'authors of the head',
    await times(SAMPLES, () => authorsAt(store, { draftId: draft.id })),
    '',
  );
  const authors = new DraftTimelines(store);
  await authors.of(draft.id);
  row(
    'authors of the head, timeline kept',
    await times(SAMPLES, () => authorsFromTimeline(authors, { draftId: draft.id })),
    '',
  );
  authors.close();
  return rows;
}

function heapAfterGc(): number {
  gc?.();
  return process.memoryUsage().heapUsed;
}

const folder = mkdtempSync(join(tmpdir(), 'rapporteur-history-bench-'));
let now = Date.parse('2026-03-02T09:00:00Z');
const store = await createEventStore({
  url: `sqlite:${join(folder, 'history.sqlite')}`,
  clock: () => new Date(now),
});
try {
  const trace = readTrace();
  const advance = (ms: number) => {
    now += ms;
  };
  process.stderr.write(`Building a draft of ${LARGE} updates...\n`);
  const largeHead = await buildDraft(store, { draftId: 'large', updates: LARGE, trace, advance });
  const smallHead = await buildDraft(store, { draftId: 'small', updates: SMALL, trace, advance });
  const rows = [
    ...(await benchDraft(store, {
      id: 'large',
      label: `${(largeHead + 1).toLocaleString('en')} updates`,
      head: largeHead,
    })),
    ...(await benchDraft(store, {
      id: 'small',
      label: `fixture size (${(smallHead + 1).toLocaleString('en')} updates)`,
      head: smallHead,
    })),
  ];
  // Memory: the heap after 50 and after 250 time travels. Flat means nothing is kept per revision.
  const pick = revisions(largeHead);
  const timelines = new DraftTimelines(store);
  const timelineHeap = { before: heapAfterGc(), after: 0 };
  await timelines.of('large');
  timelineHeap.after = heapAfterGc();
  const travel = async (from: number, count: number) => {
    for (let sample = from; sample < from + count; sample += 1) {
      await readDraftAt(store, { draftId: 'large', revision: pick(sample) });
      await readDraftFromTimeline(timelines, { store, draftId: 'large', revision: pick(sample) });
    }
    return heapAfterGc();
  };
  const before = heapAfterGc();
  const after50 = await travel(0, 50);
  const after250 = await travel(50, 200);

  const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);
  const lines = [
    `Node ${process.version}, ${quick ? 'BENCH_QUICK smoke run' : 'full run'}; SQLite file, synchronous=FULL, snapshots every 500 events.`,
    'Drafts: the CWG-WSIS&SDG-34 fixture, then keystrokes of the automerge-paper trace (editing traces collected by Joseph Gentle and contributors, CC BY 4.0) by three people taking turns.',
    '',
    '| draft | operation | p50 ms | p95 ms | p95 / full replay | goal |',
    '|---|---|---:|---:|---:|---|',
    ...rows.map(
      (row) =>
        `| ${row.draft} | ${row.what} | ${ms(row.p50)} | ${ms(row.p95)} | ${(row.p95 / row.replay).toFixed(3)} | ${row.goal} |`,
    ),
    '',
    gc === undefined
      ? 'Heap after 50 time travels: run with --expose-gc to measure.'
      : `Heap: the large draft's timeline (its document with deleted content, and the revision index) holds ${mib(timelineHeap.after - timelineHeap.before)} MiB; growth over time travels to random revisions, both ways: ${mib(after50 - before)} MiB after 50, ${mib(after250 - before)} MiB after 250.`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  timelines.close();
} finally {
  await store.close();
  rmSync(folder, { recursive: true, force: true });
}
