/**
 * `npm run bench -w @rapporteur/diff`: diffDocuments on the ITU summary (about 30 KB, 77
 * numbered paragraphs) against an edited copy: twelve word edits in as many paragraphs, one
 * section added, one moved, with author runs on both sides. The baseline, timed in the same
 * run: jsdiff's diffWordsWithSpace over the whole documentText of the two documents, the naive
 * text diff that knows nothing of blocks, sections or authors. BENCH_QUICK=1 is a smoke run.
 */
import { diffWordsWithSpace } from 'diff';

import { diffDocuments, documentText, renderDiffHtml, type TiptapNode } from '../src/index.js';
import { blocksOf, editedSummary, replaceText } from '../testing/index.js';
import { FULL_PLAN, QUICK_PLAN, measure, type Timing } from './measure.js';

/** The goal for one diff of the fixture. */
const GOAL_MS = 50;

const quick = process.env['BENCH_QUICK'] === '1';
const plan = quick ? QUICK_PLAN : FULL_PLAN;
const { before, after } = editedSummary();
const diff = diffDocuments(before, after);
const beforeText = documentText(before.doc);
const afterText = documentText(after.doc);
const rewritten = rewrite(before.doc);

const timings = measure(
  [
    { name: 'diffDocuments, with authors', run: () => diffDocuments(before, after) },
    {
      name: 'baseline: diffWordsWithSpace over documentText',
      run: () => diffWordsWithSpace(beforeText, afterText),
    },
    { name: 'renderDiffHtml of that diff', run: () => renderDiffHtml(diff) },
    {
      name: 'diffDocuments, every block edited, order reversed',
      run: () => diffDocuments({ doc: before.doc }, { doc: rewritten }),
    },
  ],
  plan,
);

const count = (kind: string) => diff.changes.filter((change) => change.kind === kind).length;
const ours = timings[0];
console.log(
  [
    '## Diff benchmark',
    '',
    `- Node ${process.version}, ${quick ? 'BENCH_QUICK smoke run' : 'full run'}: ` +
      `${plan.warmup} warm-up runs each, then ${plan.runs} runs each, interleaved`,
    `- Fixture: ${blocksOf(before.doc).length} blocks, ${(JSON.stringify(before.doc).length / 1024).toFixed(1)} KB of JSON, ` +
      `${beforeText.length} characters of text`,
    `- Found: ${count('changed')} changed, ${count('moved')} moved, ${count('added')} added, ` +
      `${count('removed')} removed, ${count('unchanged')} unchanged; ${diff.sections.length} sections`,
    '',
    '| operation | p50 ms | p95 ms | runs |',
    '|---|---:|---:|---:|',
    ...timings.map(row),
    '',
    ours && ours.p95 < GOAL_MS
      ? `diffDocuments p95 is under the goal of ${GOAL_MS} ms.`
      : `⚠ diffDocuments p95 is over the goal of ${GOAL_MS} ms.`,
    '',
  ].join('\n'),
);

function row(timing: Timing): string {
  return `| ${timing.name} | ${timing.p50.toFixed(2)} | ${timing.p95.toFixed(2)} | ${timing.runs} |`;
}

/** The worst case for block matching: no block identical, none where it was. */
function rewrite(document: TiptapNode): TiptapNode {
  let edited = document;
  blocksOf(document).forEach((block, index) => {
    const word = /\p{L}{4,}/u.exec(documentText(block))?.[0];
    if (word !== undefined) edited = replaceText(edited, index, { from: word, to: `${word}s` });
  });
  return { ...edited, content: [...blocksOf(edited)].reverse() };
}
