import { performance } from 'node:perf_hooks';
import type { YWebsocketClient } from '../../clients/y-websocket-client.js';
import { observeClocks } from '../../clients/observed-clocks.js';
import { typePaced } from '../../clients/paced-typing.js';
import type { ClusterPlan } from '../../plan.js';
import { sleep, within } from '../../support/wait.js';
import type { BenchCluster } from '../bench-cluster.js';
import { medianRound } from '../rounds.js';
import { counterDelta, readServerCounters, type ServerCounters } from '../server-counters.js';
import { openCpuWindow, type CpuShares } from '../cpu-window.js';

export interface SpreadThroughputFigure {
  readonly updatesPerSecond: number;
  /** Where the CPU went in the window (of the median round, when combined). */
  readonly cpu: CpuShares;
  /** What the instances' /metrics counted over the window, all instances together. */
  readonly counters: ServerCounters;
  /** The rate of each round. */
  readonly rounds: readonly number[];
}

/** Rounds into one figure: the median round, with every round's rate. */
export function combineThroughputRounds(
  rounds: readonly SpreadThroughputFigure[],
): SpreadThroughputFigure {
  const middle = medianRound(rounds, (round) => round.updatesPerSecond);
  return { ...middle, rounds: rounds.flatMap((round) => round.rounds) };
}

/**
 * Where a draft's clients are served. `mixed`: as a balancer without sticky sessions spreads
 * them, every draft has clients on every instance. `by-draft`: all of a draft's clients on one
 * instance, as a balancer routing by draft would place them.
 */
export type Placement = 'mixed' | 'by-draft';

export const PLACEMENTS: readonly Placement[] = ['mixed', 'by-draft'];

/** The drafts one placement types into. */
export function throughputDrafts(plan: ClusterPlan['throughput'], placement: Placement): string[] {
  return Array.from({ length: plan.drafts }, (_, index) => `spread-${placement}-${index}`);
}

/**
 * Writers append single characters to the drafts, paced as in the peers' throughput scenario
 * (at most `inFlightPerWriter` unseen by the draft's observer). The observer of draft `d` is on
 * instance `d mod instances`; `mixed` puts writer `w` on instance `w mod instances`, so with two
 * instances every draft is open on both and half of its updates cross from one to the other;
 * `by-draft` puts the writers with their observer. The rate is the sum of what the observers
 * received over the window after the warm-up.
 */
export async function measureSpreadThroughput(
  cluster: BenchCluster,
  options: {
    readonly plan: ClusterPlan['throughput'];
    readonly placement: Placement;
    readonly adminUrl: string;
  },
): Promise<SpreadThroughputFigure> {
  const { plan, placement, adminUrl } = options;
  const drafts = throughputDrafts(plan, placement).map((draft, index) => ({
    observer: cluster.connect(index, draft),
    writers: Array.from({ length: plan.writersPerDraft }, (_, writer) =>
      cluster.connect(placement === 'mixed' ? writer : index, draft),
    ),
  }));
  const everyone: YWebsocketClient[] = drafts.flatMap((draft) => [
    draft.observer,
    ...draft.writers,
  ]);
  try {
    await within(Promise.all(everyone.map((client) => client.synced)), 'the writers to sync');
    const accepted = () =>
      drafts.reduce((sum, draft) => sum + draft.observer.doc.getText('text').length, 0);
    // Typing goes on until the window closes, however long opening it took under load.
    let typing = true;
    const done = () => !typing;
    const typed = Promise.all(
      drafts.flatMap((draft) => {
        const observed = observeClocks(draft.observer.doc);
        return draft.writers.map((writer) =>
          typePaced(writer, { observed, inFlight: plan.inFlightPerWriter, done }),
        );
      }),
    );
    await sleep(plan.warmupMs);
    const countersFrom = await readServerCounters(cluster.instances);
    const cpu = await openCpuWindow(cluster, adminUrl);
    const from = { at: performance.now(), count: accepted() };
    await sleep(plan.measureMs);
    const to = { at: performance.now(), count: accepted() };
    const shares = await cpu.end();
    const counters = counterDelta(countersFrom, await readServerCounters(cluster.instances));
    typing = false;
    await typed;
    if (to.count === from.count) throw new Error('The observers received no update in the window.');
    const updatesPerSecond = ((to.count - from.count) * 1000) / (to.at - from.at);
    return { updatesPerSecond, cpu: shares, counters, rounds: [updatesPerSecond] };
  } finally {
    for (const client of everyone) client.destroy();
  }
}
