/**
 * `npm run bench -w @rapporteur/collab`: what a room does with one keystroke before storing it,
 * on drafts that have seen 10, 1,000 and 10,000 editor sessions (each page load is a new Yjs
 * client id, and a draft keeps them all). Ours measures the update against the document's clocks
 * for the update's own client ids; the baseline, timed in the same run, is what the room did
 * before: the same measures against the whole state vector, encoded for every keystroke. Yjs
 * applying the keystroke is shown for scale: it walks every client id itself (a transaction
 * records the state vector before and after). BENCH_QUICK=1 is a smoke run.
 */
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { NewContent, unheldPart } from '../src/update-inspection.js';
import { benchRoomCommit } from './room-commit.js';

const quick = process.env['BENCH_QUICK'] === '1';
const SESSIONS = quick ? [10, 1000] : [10, 1000, 10_000];
/** Fewer runs where one takes milliseconds: the larger drafts' figures settle quickly. */
const runsFor = (sessions: number) => (quick ? 20 : Math.min(2000, 400_000 / sessions));

interface Contender {
  readonly name: string;
  run(): unknown;
}

const rows: string[] = [];
for (const sessions of SESSIONS) {
  const { room, keystroke, typist } = draftWithSessions(sessions);
  const contenders: Contender[] = [
    {
      name: 'ours: new part of the keystroke, then the commit’s measure',
      run: () => {
        unheldPart(room, keystroke, [typist]);
        return new NewContent(room).partOf(keystroke);
      },
    },
    {
      name: 'baseline: the same against the whole state vector',
      run: () => {
        Y.diffUpdate(keystroke, Y.encodeStateVector(room));
        const held = Y.decodeStateVector(Y.encodeStateVector(room));
        return Y.diffUpdate(keystroke, Y.encodeStateVector(held));
      },
    },
    {
      name: 'for scale: Yjs applying the keystroke (already held)',
      run: () => {
        Y.applyUpdate(room, keystroke);
      },
    },
  ];
  for (const timing of measure(contenders, runsFor(sessions))) {
    rows.push(
      `| ${sessions.toLocaleString('en')} | ${timing.name} | ${timing.p50.toFixed(1)} | ${timing.p95.toFixed(1)} |`,
    );
  }
}

console.log(
  [
    '## Room: measuring a keystroke',
    '',
    `- Node ${process.version}, ${quick ? 'BENCH_QUICK smoke run' : 'full run'}: ${SESSIONS.map((sessions) => `${runsFor(sessions)} runs each on ${sessions.toLocaleString('en')} sessions`).join(', ')}, interleaved, after a tenth as many warm-up runs`,
    '',
    '| sessions in the draft | operation | p50 µs | p95 µs |',
    '|---:|---|---:|---:|',
    ...rows,
    '',
  ].join('\n'),
);
console.log((await benchRoomCommit(quick)).join('\n'));

/** A draft in which `sessions` client ids each typed a letter, and one more keystroke on it. */
function draftWithSessions(sessions: number): {
  room: Y.Doc;
  keystroke: Uint8Array;
  typist: number;
} {
  const letters: Uint8Array[] = [];
  for (let session = 1; session <= sessions; session += 1) {
    const editor = new Y.Doc({ guid: 'draft' });
    editor.clientID = session;
    editor.getText('text').insert(0, 'a');
    letters.push(Y.encodeStateAsUpdate(editor));
    editor.destroy();
  }
  const room = new Y.Doc({ gc: false });
  Y.applyUpdate(room, Y.mergeUpdates(letters));
  const editor = new Y.Doc({ guid: 'draft' });
  editor.clientID = sessions + 1;
  Y.applyUpdate(editor, Y.encodeStateAsUpdate(room));
  let keystroke: Uint8Array = new Uint8Array();
  editor.on('update', (update: Uint8Array) => {
    keystroke = update;
  });
  editor.getText('text').insert(0, 'b');
  editor.destroy();
  return { room, keystroke, typist: sessions + 1 };
}

/** Microseconds per run at the median and the 95th percentile, the contenders taking turns. */
function measure(
  contenders: readonly Contender[],
  runs: number,
): { name: string; p50: number; p95: number }[] {
  for (const contender of contenders) for (let run = 0; run < runs / 10; run += 1) contender.run();
  const samples = contenders.map(() => [] as number[]);
  for (let run = 0; run < runs; run += 1) {
    contenders.forEach((contender, index) => {
      const start = performance.now();
      contender.run();
      samples[index]?.push((performance.now() - start) * 1000);
    });
  }
  return contenders.map((contender, index) => {
    const sorted = [...(samples[index] ?? [])].sort((a, b) => a - b);
    const at = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
    return { name: contender.name, p50: at(0.5), p95: at(0.95) };
  });
}
