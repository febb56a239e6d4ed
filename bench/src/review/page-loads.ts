import { BENCH_ACCOUNT } from '../servers/rapporteur-api.js';
import { progress } from '../support/progress.js';
import { launchChromium, signedIn } from './chromium.js';
import { timeToReady, type ReadyWhen } from './editor-ready.js';

/** Navigation to "editor ready", in milliseconds, for each measured load of each meeting. */
export interface PageLoads {
  readonly plain: readonly number[];
  readonly loaded: readonly number[];
  /** What the loaded meeting's loads waited for besides the draft's text. */
  readonly review: ReadyWhen['review'];
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
    const plain = (): Promise<number> => load(plan.plainId, { kind: 'none' });
    const loaded = (): Promise<number> => load(plan.loadedId, plan.review);
    await plain();
    await loaded();
    const times = { plain: [] as number[], loaded: [] as number[] };
    for (let round = 0; round < plan.loads; round += 1) {
      progress(`review: page loads, round ${round + 1} of ${plan.loads}`);
      if (round % 2 === 0) {
        times.plain.push(await plain());
        times.loaded.push(await loaded());
      } else {
        times.loaded.push(await loaded());
        times.plain.push(await plain());
      }
    }
    return { ...times, review: plan.review };
  } finally {
    await browser.close();
  }
}
