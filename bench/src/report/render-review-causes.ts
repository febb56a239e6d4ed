import type { AcceptFigures } from '../review/measure-accepts.js';
import type { ReviewFigures } from '../review/measure-review.js';
import type { PageLoads } from '../review/page-loads.js';
import type { RouteTime } from '../review/request-breakdown.js';

// What takes the time, beside the review figures: the page's requests, the live events'
// backlog, and the server's CPU profile of acceptances.

const TOP_ROUTES = 8;

/** What the pages asked the server for, and how long the server took, by route. */
export function renderRequests(requests: PageLoads['requests']): string[] {
  const plain = new Map(requests.plain.map((route) => [route.route, route]));
  const cell = (route: RouteTime | undefined) =>
    route === undefined ? '— | —' : `${route.requests} | ${route.ms.toFixed(1)}`;
  return [
    "What a page load asks our server for, with the server's time (its request log, summed per load; median load):",
    '',
    '| request | draft alone: requests | ms | with the review items: requests | ms |',
    '|---|---:|---:|---:|---:|',
    ...requests.loaded
      .slice(0, TOP_ROUTES)
      .map((route) => `| \`${route.route}\` | ${cell(plain.get(route.route))} | ${cell(route)} |`),
    '',
  ];
}

/** The live events a page receives on opening, before anything happens. */
export function renderBacklog(backlog: ReviewFigures['backlog']): string[] {
  if (backlog.kind === 'failed') return [`- Live events on opening: ${backlog.error}.`, ''];
  if (backlog.kind !== 'measured') return [];
  const { plain, loaded } = backlog.value;
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
  return [
    `What the live events (\`GET /api/meetings/{id}/events\`) send when opened without a position: the meeting's whole past, ${count(plain.meetingEvents)} \`event: meeting\` messages (${kib(plain.bytes)}) for the draft alone, ${count(loaded.meetingEvents)} (${kib(loaded.bytes)}) with the review items. The page opens them after the revision it read the meeting at, so it receives none of this.`,
    '',
  ];
}

/** Where the server's time went in the profiled acceptances, per acceptance. */
export function renderProfile(profile: AcceptFigures['profile']): string[] {
  const each = (ms: number) => (ms / profile.accepts).toFixed(1);
  const share = (ms: number) => percent(ms / profile.totalMs);
  return [
    `Where the server's time goes accepting with the review items: V8's CPU profile (sampled every 0.1 ms) of ${profile.accepts} further acceptances on that meeting, one after another, untimed: ${each(profile.totalMs)} ms of profiled time per acceptance, requests and the gaps between them (Node marks no idle time: what the server spends waiting shows under \`(program)\` or not at all).`,
    '',
    '| our code, with what it calls | ms per acceptance | share of the window |',
    '|---|---:|---:|',
    ...profile.ours.map((row) => `| \`${row.name}\` | ${each(row.ms)} | ${share(row.ms)} |`),
    '',
    '| any code, its own time only | ms per acceptance | share of the window |',
    '|---|---:|---:|',
    ...profile.self.map((row) => `| \`${row.name}\` | ${each(row.ms)} | ${share(row.ms)} |`),
    '',
  ];
}

function count(value: number): string {
  return value.toLocaleString('en-US');
}

function percent(share: number): string {
  return `${(share * 100).toFixed(0)}%`;
}
