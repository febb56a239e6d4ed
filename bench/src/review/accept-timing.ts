import { setTimeout as sleep } from 'node:timers/promises';
import type { RequestLog } from './request-log.js';
import type { ReviewApi } from './review-api.js';

const LOG_GRACE_MS = 5000;

/** One meeting's suggestions to accept, one by one. */
export interface AcceptRun {
  readonly label: string;
  readonly meetingId: string;
  readonly suggestionIds: readonly string[];
}

/** How long each acceptance took, in milliseconds, in the order they were made. */
export interface AcceptTimes {
  /** From sending the request to having read the whole answer, on loopback. */
  readonly client: readonly number[];
  /**
   * What the server logged for each request it logged: from its arrival to the answer being
   * ready. Fewer than `client` when lines went missing (the report says so).
   */
  readonly server: readonly number[];
}

/**
 * Accepts the suggestions of every run one by one, the runs taking turns request by request, so
 * that whatever else the machine does meanwhile lands on all of them alike.
 */
export async function timeAcceptances(
  api: ReviewApi,
  log: RequestLog,
  runs: readonly AcceptRun[],
): Promise<AcceptTimes[]> {
  const client = runs.map((): number[] => []);
  const requestIds = runs.map((): string[] => []);
  const longest = Math.max(...runs.map((run) => run.suggestionIds.length));
  for (let index = 0; index < longest; index += 1) {
    for (const [which, run] of runs.entries()) {
      const suggestionId = run.suggestionIds[index];
      if (suggestionId === undefined) continue;
      const requestId = `bench-accept-${run.label}-${index}`;
      const started = performance.now();
      await api.accept(run.meetingId, suggestionId, requestId);
      client[which]?.push(performance.now() - started);
      requestIds[which]?.push(requestId);
    }
  }
  const logged = (ids: readonly string[]): number[] =>
    ids.flatMap((id) => {
      const ms = log.durationOf(id);
      return ms === undefined ? [] : [ms];
    });
  // The server writes its line after answering: give the last lines a moment to arrive.
  const all = requestIds.flat();
  for (let waited = 0; waited < LOG_GRACE_MS && logged(all).length < all.length; waited += 10)
    await sleep(10);
  return runs.map((_, which) => ({
    client: client[which] ?? [],
    server: logged(requestIds[which] ?? []),
  }));
}
