import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ReviewPlan } from '../plan.js';
import { attempt, type Outcome } from '../report/figures.js';
import { createBenchAccess } from '../servers/rapporteur-api.js';
import { othersShare, readCpu } from '../support/machine-load.js';
import { progress } from '../support/progress.js';
import { builtWeb, type BuiltWeb } from './built-web.js';
import { lastBlockText, numberedParagraphs } from './draft-paragraphs.js';
import type { ReadyWhen } from './editor-ready.js';
import { measureAccepts, type AcceptFigures } from './measure-accepts.js';
import { liveBacklog, type LiveBacklog } from './live-backlog.js';
import { measurePageLoads, type PageLoads } from './page-loads.js';
import { spreadQuotes } from './quote-spots.js';
import { reviewApi } from './review-api.js';
import { startReviewServer } from './review-server.js';
import { seedReview } from './seed-review.js';

const FIXTURE = fileURLToPath(
  new URL('../../../fixtures/cwg-wsis-sdg-34-summary.txt', import.meta.url),
);
const MEETINGS = ['plain', 'loaded', 'baseline'] as const;

/** Everything the review benchmark measured. */
export interface ReviewFigures {
  readonly web: BuiltWeb;
  /** What the loaded meeting holds, and how long making it through the API took. */
  readonly seeding: {
    readonly paragraphs: number;
    readonly comments: number;
    readonly suggestions: number;
    readonly ms: number;
  };
  readonly loads: Outcome<PageLoads>;
  /** What the page receives as it opens each meeting's live events, before anything happens. */
  readonly backlog: Outcome<{ readonly plain: LiveBacklog; readonly loaded: LiveBacklog }>;
  readonly accepts: Outcome<AcceptFigures>;
  /** The share of the machine's cores other processes kept busy during the part. */
  readonly othersShare: number;
}

/**
 * Issue #14's figures, on our server as `npm start` runs it, with three meetings of the same
 * imported draft: `plain` (the draft alone), `loaded` (the draft with open comments and open
 * suggestions spread over its numbered paragraphs) and `baseline` (only the suggestions it
 * accepts). The editor pages of plain and loaded are timed in Chromium; then suggestions are
 * accepted on loaded and on baseline, taking turns.
 */
export async function measureReview(plan: ReviewPlan): Promise<ReviewFigures> {
  const web = builtWeb();
  const before = readCpu();
  progress('review: starting our server');
  const server = await startReviewServer();
  try {
    const { token, meetings } = await createBenchAccess(server.process, MEETINGS);
    const id = (name: (typeof MEETINGS)[number]): string => {
      const meetingId = meetings.get(name);
      if (meetingId === undefined) throw new Error(`No meeting was created for "${name}".`);
      return meetingId;
    };
    const api = reviewApi(server.baseUrl, token);
    const fixture = readFileSync(FIXTURE, 'utf8');
    for (const name of MEETINGS) await api.importText(id(name), fixture);
    const html = await api.draftHtml(id('loaded'));

    progress(`review: seeding ${plan.comments} comments and ${plan.suggestions} suggestions`);
    const spots = spreadQuotes(numberedParagraphs(html), plan.comments + plan.suggestions);
    const seeded = await seedReview(api, id('loaded'), { spots, comments: plan.comments });
    const seeding = {
      paragraphs: new Set(spots.map((spot) => spot.paragraph)).size,
      comments: seeded.commentIds.length,
      suggestions: seeded.suggestions.length,
      ms: seeded.ms,
    };

    const loads = await attempt('review page loads', () =>
      measurePageLoads({
        baseUrl: server.baseUrl,
        plainId: id('plain'),
        loadedId: id('loaded'),
        lastText: lastBlockText(html),
        loads: plan.loads,
        review: awaitedReview(web, seeding.comments + seeding.suggestions),
        log: server.log,
      }),
    );
    const backlog = await attempt('review live backlog', async () => ({
      plain: await liveBacklog(server.baseUrl, id('plain'), token),
      loaded: await liveBacklog(server.baseUrl, id('loaded'), token),
    }));
    const accepts = await attempt('review acceptances', () =>
      measureAccepts(server, api, {
        loaded: { meetingId: id('loaded'), suggestions: seeded.suggestions },
        baselineId: id('baseline'),
        plan,
      }),
    );
    // Stopped before reading the CPU: a child's time counts as the bench's once it has ended.
    await server.process.stop();
    return { web, seeding, loads, backlog, accepts, othersShare: othersShare(before, readCpu()) };
  } finally {
    await server.process.stop();
  }
}

/** What the built page lets the bench wait for on the meeting with review items. */
function awaitedReview(web: BuiltWeb, openItems: number): ReadyWhen['review'] {
  if (web.readyMarker) return { kind: 'placed' };
  return web.margin ? { kind: 'cards', cards: openItems } : { kind: 'none' };
}
