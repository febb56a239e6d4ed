import { cpus, loadavg } from 'node:os';
import type { ReviewPlan } from '../plan.js';
import type { AcceptTimes } from '../review/accept-timing.js';
import type { ReviewFigures } from '../review/measure-review.js';
import { median, percentile } from '../support/stats.js';
import type { Outcome } from './figures.js';
import { renderBacklog, renderProfile, renderRequests } from './render-review-causes.js';

/** Issue #14's goals. */
export const EDITOR_READY_RATIO = 1.5;
export const ACCEPT_P95_MS = 100;

/** The review section: how it was measured, the table with its goals, the samples, the verdict. */
export function renderReview(outcome: Outcome<ReviewFigures>, plan: ReviewPlan, quick: boolean) {
  const title = '## Review loop (issue #14)';
  if (outcome.kind !== 'measured')
    return [title, '', `Not measured: ${reason(outcome)}.`, ''].join('\n');
  const { web, seeding, loads, accepts, othersShare } = outcome.value;
  const items = `${count(seeding.comments)} open comments and ${count(seeding.suggestions)} open suggestions`;
  const ready = readyLine(outcome.value);
  const acceptance = acceptLines(accepts);
  const goals = [
    { name: `editor ready within ${EDITOR_READY_RATIO}x of the draft alone`, met: ready.met },
    {
      name: `accepting one suggestion p95 under ${ACCEPT_P95_MS} ms at the server`,
      met: acceptance.met,
    },
  ];
  return [
    title,
    '',
    `- Node ${process.version}, ${cpus().length} cores, ${quick ? 'BENCH_QUICK smoke run (figures are not meaningful)' : 'full run'}; our server (\`apps/server/dist/main.js\`, SQLite in a fresh folder) as a child process on 127.0.0.1; other processes kept ${percent(othersShare)} of the cores busy (load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' / ')} at the end).`,
    `- Three meetings, each with the fixture \`cwg-wsis-sdg-34-summary.txt\` imported as text/plain: the draft alone; the draft with ${items}, each on its own quote (unique in its paragraph, none overlapping), spread over ${seeding.paragraphs} numbered paragraphs, made through the API one request after another in ${seconds(seeding.ms)} (${(seeding.ms / (seeding.comments + seeding.suggestions)).toFixed(1)} ms a request); and a baseline holding only the suggestions it accepts.`,
    `- Editor ready: Chromium (headless, \`/usr/bin/chromium\`) signed in as the chair, serving the built page (\`apps/web/dist\`${web.stale ? ', **older than apps/web/src: rebuild it with `npm run build -w @rapporteur/web`**' : ''}); from the start of navigation to the editor showing the draft's last block${readyMeans(loads, web)}, by the page's clock at every animation frame. One unmeasured load of each meeting, then ${plan.loads} of each, taking turns; medians.`,
    `- Accepting: ${plan.accepts} suggestions (every ${Math.round(seeding.suggestions / plan.accepts)}th, half replacements, half deletions) accepted one by one as the chair on the meeting with the review items, and the same ${plan.accepts} on the baseline, the two taking turns request by request; the server's time is the \`ms\` of its request log line (found by the \`x-request-id\` the bench sends), the loopback time from sending to having read the answer.`,
    '',
    '| figure | draft alone / baseline | with the review items | ratio | goal |',
    '|---|---:|---:|---:|---|',
    ready.row,
    ...acceptance.rows,
    '',
    ...ready.details,
    ...acceptance.details,
    '',
    ...(loads.kind === 'measured' ? renderRequests(loads.value.requests) : []),
    ...renderBacklog(outcome.value.backlog),
    ...(accepts.kind === 'measured' ? renderProfile(accepts.value.profile) : []),
    verdict(goals),
    '',
  ].join('\n');
}

/** What the loaded meeting's loads waited for, in words, and what they do not count yet. */
function readyMeans(loads: ReviewFigures['loads'], web: ReviewFigures['web']): string {
  const review = loads.kind === 'measured' ? loads.value.review : undefined;
  if (review?.kind === 'placed')
    return ' and, on the meeting with review items, the review margin marking its cards placed (`data-review-ready="true"`)';
  if (review?.kind === 'cards')
    return `; **the built page has a review margin but does not mark it placed (no \`data-review-ready\`): on the meeting with review items this waits until all ${count(review.cards)} cards are in the margin, which may be a frame or a few before they are placed**`;
  return `; **the built page ${web.margin ? 'has a review margin but the run did not wait for it' : 'has no review margin yet'}, so this is the editor's text only and does not yet count placing the margin**`;
}

function readyLine({ loads }: ReviewFigures) {
  const label = 'editor ready, navigation to ready, median (ms)';
  if (loads.kind !== 'measured')
    return {
      row: `| ${label} | failed | failed | — | ≤ ${EDITOR_READY_RATIO.toFixed(2)}x ? |`,
      details: [`- Page loads: ${reason(loads)}.`],
      met: undefined,
    };
  const plain = median(loads.value.plain);
  const loaded = median(loads.value.loaded);
  const ratio = loaded / plain;
  const met = ratio <= EDITOR_READY_RATIO;
  return {
    row: `| ${label} | ${plain.toFixed(0)} | ${loaded.toFixed(0)} | ${ratio.toFixed(2)} | ≤ ${EDITOR_READY_RATIO.toFixed(2)}x ${mark(met)} |`,
    details: [
      `- Page loads (ms), draft alone: ${list(loads.value.plain)}; with the review items: ${list(loads.value.loaded)}.`,
    ],
    met,
  };
}

function acceptLines(accepts: ReviewFigures['accepts']) {
  if (accepts.kind !== 'measured')
    return {
      rows: [
        `| accepting one suggestion, server p95 (ms) | failed | failed | — | < ${ACCEPT_P95_MS} ms ? |`,
      ],
      details: [`- Acceptances: ${reason(accepts)}.`],
      met: undefined,
    };
  const { loaded, baseline } = accepts.value;
  // The goal is at the server: its own log line when every request has one, else loopback.
  const logged = (times: AcceptTimes) =>
    times.server.length === times.client.length ? times.server : times.client;
  const source = logged(loaded) === loaded.server ? 'server log' : 'loopback, log lines missing';
  const p95 = percentile(logged(loaded), 95);
  const met = p95 < ACCEPT_P95_MS;
  const row = (label: string, pick: (times: AcceptTimes) => number, goal = '') => {
    const base = pick(baseline);
    const with_ = pick(loaded);
    return `| ${label} | ${base.toFixed(1)} | ${with_.toFixed(1)} | ${(with_ / base).toFixed(2)} | ${goal} |`;
  };
  return {
    rows: [
      row('accepting one suggestion, server p50 (ms)', (t) => percentile(logged(t), 50)),
      row(
        `accepting one suggestion, server p95 (ms; ${source})`,
        (t) => percentile(logged(t), 95),
        `< ${ACCEPT_P95_MS} ms ${mark(met)}`,
      ),
      row('accepting one suggestion, loopback p50 (ms)', (t) => percentile(t.client, 50)),
      row('accepting one suggestion, loopback p95 (ms)', (t) => percentile(t.client, 95)),
    ],
    details: [
      `- Acceptances at the server (ms, in order), with the review items: ${list(loaded.server)}; baseline: ${list(baseline.server)}.`,
      ...(loaded.server.length < loaded.client.length ||
      baseline.server.length < baseline.client.length
        ? [
            `- Log lines found: ${loaded.server.length} of ${loaded.client.length} and ${baseline.server.length} of ${baseline.client.length}.`,
          ]
        : []),
    ],
    met,
  };
}

function verdict(goals: readonly { readonly name: string; readonly met: boolean | undefined }[]) {
  const named = (met: boolean | undefined) =>
    goals.filter((goal) => goal.met === met).map((goal) => goal.name);
  const parts = [`Goals met: ${named(true).length} of ${goals.length}`];
  if (named(true).length > 0) parts.push(`met: ${named(true).join('; ')}`);
  if (named(false).length > 0) parts.push(`not met: ${named(false).join('; ')}`);
  if (named(undefined).length > 0) parts.push(`not measured: ${named(undefined).join('; ')}`);
  return `${parts.join('. ')}.`;
}

function reason(outcome: {
  readonly kind: string;
  readonly error?: string;
  readonly reason?: string;
}) {
  return outcome.error ?? outcome.reason ?? outcome.kind;
}

function mark(met: boolean): string {
  return met ? '✓' : '✗';
}

function list(samples: readonly number[]): string {
  return samples.map((sample) => sample.toFixed(0)).join(', ');
}

function count(value: number): string {
  return value.toLocaleString('en-US');
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function percent(share: number): string {
  return `${(share * 100).toFixed(0)}%`;
}
