import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ReviewPlan } from '../plan.js';
import { attempt, type Outcome } from '../report/figures.js';
import { createBenchAccess } from '../servers/rapporteur-api.js';
import { spawnRapporteur } from '../servers/rapporteur.js';
import { othersShare, readCpu } from '../support/machine-load.js';
import { progress } from '../support/progress.js';
import { tempFolder } from '../support/temp-folders.js';
import { timeAcceptances, type AcceptTimes } from './accept-timing.js';
import { builtWeb, type BuiltWeb } from './built-web.js';
import { lastBlockText, numberedParagraphs } from './draft-paragraphs.js';
import type { ReadyWhen } from './editor-ready.js';
import { measurePageLoads, type PageLoads } from './page-loads.js';
import { spreadQuotes } from './quote-spots.js';
import { RequestLog } from './request-log.js';
import { reviewApi } from './review-api.js';
import { evenlySpaced, seedReview } from './seed-review.js';

const FIXTURE = fileURLToPath(
  new URL('../../../fixtures/cwg-wsis-sdg-34-summary.txt', import.meta.url),
);

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
  /** The suggestions accepted on the meeting with the review items, and on the baseline. */
  readonly accepts: Outcome<{ readonly loaded: AcceptTimes; readonly baseline: AcceptTimes }>;
  /** The share of the machine's cores other processes kept busy during the part. */
  readonly othersShare: number;
}

/**
 * Issue #14's figures, on our server as `npm start` runs it (SQLite in a fresh folder), with
 * three meetings of the same imported draft: `plain` (the draft alone), `loaded` (the draft
 * with open comments and open suggestions spread over its numbered paragraphs) and `baseline`
 * (only the suggestions it accepts). The editor pages of plain and loaded are timed in Chromium;
 * then suggestions are accepted on loaded and on baseline, taking turns.
 */
export async function measureReview(plan: ReviewPlan): Promise<ReviewFigures> {
  const web = builtWeb();
  const before = readCpu();
  const log = new RequestLog();
  progress('review: starting our server');
  const server = await spawnRapporteur(
    'Rapporteur (review)',
    { DATA_DIR: tempFolder('review') },
    log.read,
  );
  try {
    const baseUrl = `http://127.0.0.1:${server.port}`;
    const { token, meetings } = await createBenchAccess(server, ['plain', 'loaded', 'baseline']);
    const id = (draft: string): string => {
      const meetingId = meetings.get(draft);
      if (meetingId === undefined) throw new Error(`No meeting was created for "${draft}".`);
      return meetingId;
    };
    const api = reviewApi(baseUrl, token);
    const fixture = readFileSync(FIXTURE, 'utf8');
    for (const draft of ['plain', 'loaded', 'baseline']) await api.importText(id(draft), fixture);
    const html = await api.draftHtml(id('loaded'));
    const paragraphs = numberedParagraphs(html);

    progress(`review: seeding ${plan.comments} comments and ${plan.suggestions} suggestions`);
    const spots = spreadQuotes(paragraphs, plan.comments + plan.suggestions);
    const seeded = await seedReview(api, id('loaded'), { spots, comments: plan.comments });
    const seeding = {
      paragraphs: new Set(spots.map((spot) => spot.paragraph)).size,
      comments: seeded.commentIds.length,
      suggestions: seeded.suggestions.length,
      ms: seeded.ms,
    };

    const loads = await attempt('review page loads', () =>
      measurePageLoads({
        baseUrl,
        plainId: id('plain'),
        loadedId: id('loaded'),
        lastText: lastBlockText(html),
        loads: plan.loads,
        review: awaitedReview(web, seeding.comments + seeding.suggestions),
      }),
    );

    const accepts = await attempt('review acceptances', async () => {
      const chosen = evenlySpaced(seeded.suggestions, plan.accepts);
      progress(`review: accepting ${chosen.length} suggestions on each of two meetings`);
      const baselineIds: string[] = [];
      for (const { proposal } of chosen)
        baselineIds.push(await api.propose(id('baseline'), proposal));
      const [loaded, baseline] = await timeAcceptances(api, log, [
        {
          label: 'loaded',
          meetingId: id('loaded'),
          suggestionIds: chosen.map((item) => item.suggestionId),
        },
        { label: 'baseline', meetingId: id('baseline'), suggestionIds: baselineIds },
      ]);
      if (loaded === undefined || baseline === undefined) throw new Error('Missing timings.');
      return { loaded, baseline };
    });
    await server.stop();
    return {
      web,
      seeding,
      loads,
      accepts,
      othersShare: othersShare(before, readCpu()),
    };
  } finally {
    await server.stop();
  }
}

/** What the built page lets the bench wait for on the meeting with review items. */
function awaitedReview(web: BuiltWeb, openItems: number): ReadyWhen['review'] {
  if (web.readyMarker) return { kind: 'placed' };
  return web.margin ? { kind: 'cards', cards: openItems } : { kind: 'none' };
}
