/**
 * `node --import tsx src/collab/editor-schema-guard.bench.ts` (in apps/server): what the room's
 * schema check (decision 23) costs per update on the fixture's draft, short and long: a
 * keystroke, a new numbered paragraph, a level changed with Tab, and a 2,000-character paste;
 * Yjs applying the same update to a copy of the draft is shown for scale. Microseconds.
 */
import { performance } from 'node:perf_hooks';
import { DRAFT_FIELD, importDocument } from '@rapporteur/editor-schema';
import { readSummaryFixture } from '@rapporteur/editor-schema/testing';
import * as Y from 'yjs';
import { documentAsUpdate } from '../drafts/draft-update.js';
import { editorSchemaCheck } from './editor-schema-guard.js';

const RUNS = 2000;
const room = new Y.Doc();
Y.applyUpdate(room, documentAsUpdate(importDocument(readSummaryFixture()).doc));
const blocks = room.getXmlFragment(DRAFT_FIELD).length;

/** The update an editor holding the draft sends for `edit`. */
function updateOf(edit: (fragment: Y.XmlFragment) => void): Uint8Array {
  const editor = new Y.Doc();
  Y.applyUpdate(editor, Y.encodeStateAsUpdate(room));
  const before = Y.encodeStateVector(editor);
  edit(editor.getXmlFragment(DRAFT_FIELD));
  const update = Y.encodeStateAsUpdate(editor, before);
  editor.destroy();
  return update;
}
const middle = (fragment: Y.XmlFragment) => fragment.get(Math.floor(blocks / 2)) as Y.XmlElement;
const updates: Record<string, Uint8Array> = {
  keystroke: updateOf((fragment) => {
    (middle(fragment).get(0) as Y.XmlText).insert(3, 'x');
  }),
  'new numbered paragraph': updateOf((fragment) => {
    const paragraph = new Y.XmlElement('numberedParagraph');
    paragraph.setAttribute('level', 2 as never);
    paragraph.insert(0, [new Y.XmlText('A new point')]);
    fragment.insert(Math.floor(blocks / 2), [paragraph]);
  }),
  'level changed (Tab)': updateOf((fragment) => {
    middle(fragment).setAttribute('level', 3 as never);
  }),
  'paste of 2,000 characters': updateOf((fragment) => {
    (middle(fragment).get(0) as Y.XmlText).insert(0, 'Pasted text. '.repeat(154));
  }),
};

const lines = [
  `Fixture draft (${blocks} blocks), Node ${process.version}, ${RUNS} runs of the check and 200 of Yjs; p50 / p95 µs`,
  '',
  '| update | bytes | schema check | Yjs applying it, for scale |',
  '|---|---:|---:|---:|',
];
for (const [name, update] of Object.entries(updates)) {
  const check = timings(() => editorSchemaCheck(room).verdict(update));
  const apply = timings(() => {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(room));
    const started = performance.now();
    Y.applyUpdate(copy, update);
    return performance.now() - started;
  }, 200);
  lines.push(`| ${name} | ${update.byteLength} | ${check} | ${apply} |`);
}
process.stdout.write(`${lines.join('\n')}\n`);

/** p50 / p95 in µs of `run`, which may return its own duration in ms (to leave out its setup). */
function timings(run: () => unknown, runs = RUNS): string {
  const samples: number[] = [];
  for (let i = 0; i < runs / 10; i += 1) run();
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const own = run();
    samples.push((typeof own === 'number' ? own : performance.now() - started) * 1000);
  }
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.ceil(p * samples.length) - 1] ?? Number.NaN;
  return `${at(0.5).toFixed(1)} / ${at(0.95).toFixed(1)}`;
}
