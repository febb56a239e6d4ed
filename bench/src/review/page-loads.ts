import { setTimeout as sleep } from 'node:timers/promises';
import { BENCH_ACCOUNT } from '../servers/rapporteur-api.js';
import { progress } from '../support/progress.js';
import { launchChromium, signedIn } from './chromium.js';
import { timeToReady, type ReadyWhen } from './editor-ready.js';
import { byRoute, type RouteTime } from './request-breakdown.js';
import type { LoggedRequest, RequestLog } from './request-log.js';

// After the last load, for the requests its page made after it was ready.
const SETTLE_MS = 500;

/** Navigation to "editor ready", in milliseconds, for each measured load of each meeting. */
export interface PageLoads {
  readonly plain: readonly number[];
  readonly loaded: readonly number[];
  /** What the loaded meeting's loads waited for besides the draft's text. */
  readonly review: ReadyWhen['review'];
  /** What each meeting's loads asked the server for, by route, as the server logged it. */
  readonly requests: {
    readonly plain: readonly RouteTime[];
    readonly loaded: readonly RouteTime[];
  };
}

export interface PageLoadPlan {
  readonly baseUrl: string;
  /** The meeting with the draft alone, and the one with the draft and its review items. */
  readonly plainId: string;
  readonly loadedId: string;
  /** Text of the draft's last block, the same in both. */
  readonly lastText: string;
  readonly loads: number;
  /** What to wait for besides the text on the meeting with review items. */
  readonly review: ReadyWhen['review'];
  readonly log: RequestLog;
}

/**
 * Both meetings' editor pages in real Chromium, signed in as the chair (the bench's
 * administrator, who created them). One unmeasured load of each first (the bundle into the
 * cache, the server's code warm), then `loads` of each, the two taking turns and swapping who
 * goes first every round.
 */
export async function measurePageLoads(plan: PageLoadPlan): Promise<PageLoads> {
  const browser = await launchChromium();
  try {
    const context = await signedIn(browser, plan.baseUrl, BENCH_ACCOUNT);
    const load = (meetingId: string, review: ReadyWhen['review']) =>
      timeToReady(context, `${plan.baseUrl}/meetings/${meetingId}`, {
        lastText: plan.lastText,
        review,
      });
    await load(plan.plainId, { kind: 'none' });
    await load(plan.loadedId, plan.review);
    const times = { plain: [] as number[], loaded: [] as number[] };
    const requests = { plain: [] as LoggedRequest[][], loaded: [] as LoggedRequest[][] };
    // A load's requests are those the server logged until the next load starts: what the page
    // asked for, including what it fetched after it was ready.
    let previous: { which: 'plain' | 'loaded'; mark: number } | undefined;
    const measured = async (which: 'plain' | 'loaded'): Promise<void> => {
      if (previous !== undefined) requests[previous.which].push(plan.log.since(previous.mark));
      previous = { which, mark: plan.log.mark() };
      const meetingId = which === 'plain' ? plan.plainId : plan.loadedId;
      times[which].push(await load(meetingId, which === 'plain' ? { kind: 'none' } : plan.review));
    };
    for (let round = 0; round < plan.loads; round += 1) {
      progress(`review: page loads, round ${round + 1} of ${plan.loads}`);
      const order =
        round % 2 === 0 ? (['plain', 'loaded'] as const) : (['loaded', 'plain'] as const);
      for (const which of order) await measured(which);
    }
    await sleep(SETTLE_MS);
    if (previous !== undefined) requests[previous.which].push(plan.log.since(previous.mark));
    return {
      ...times,
      review: plan.review,
      requests: { plain: byRoute(requests.plain), loaded: byRoute(requests.loaded) },
    };
  } finally {
    await browser.close();
  }
}
