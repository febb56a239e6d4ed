import type { ClusterPlan } from '../../plan.js';
import { median, percentile } from '../../support/stats.js';
import { within } from '../../support/wait.js';
import { sendPacedMarks } from '../../clients/paced-marks.js';
import type { BenchCluster } from '../bench-cluster.js';

export const CLUSTER_LATENCY_DRAFT = 'cluster-latency';

export interface Percentiles {
  readonly p50: number;
  readonly p99: number;
  readonly samples: number;
}

export interface CrossLatencyFigure {
  /** Observers on the writer's instance. */
  readonly local: Percentiles;
  /** Observers on another instance: the update went through PostgreSQL and Redis. */
  readonly remote: Percentiles | undefined;
  readonly all: Percentiles;
  /** Edits some observer had not seen 10 s after the last was sent. */
  readonly missing: number;
  /** The p99 of the observers on another instance (or of all, on one instance), per round. */
  readonly roundsP99: readonly number[];
}

/** Rounds into one figure: the median of their percentiles, their samples added up. */
export function combineLatencyRounds(rounds: readonly CrossLatencyFigure[]): CrossLatencyFigure {
  const combine = (pick: (round: CrossLatencyFigure) => Percentiles | undefined) => {
    const taken = rounds.flatMap((round) => {
      const value = pick(round);
      return value === undefined ? [] : [value];
    });
    return {
      p50: median(taken.map((value) => value.p50)),
      p99: median(taken.map((value) => value.p99)),
      samples: taken.reduce((sum, value) => sum + value.samples, 0),
    };
  };
  const remote = rounds.some((round) => round.remote !== undefined)
    ? combine((round) => round.remote)
    : undefined;
  return {
    local: combine((round) => round.local),
    remote,
    all: combine((round) => round.all),
    missing: rounds.reduce((sum, round) => sum + round.missing, 0),
    roundsP99: rounds.flatMap((round) => round.roundsP99),
  };
}

/**
 * The fan-out scenario of the peers' table, spread over the cluster: client `i` is served by
 * instance `i mod instances`, so the writer (client 0) is on instance A and, with two
 * instances, half of the observers are on B. Same process, same clock for every client.
 */
export async function measureCrossInstanceLatency(
  cluster: BenchCluster,
  plan: ClusterPlan['latency'],
): Promise<CrossLatencyFigure> {
  const group = Array.from({ length: plan.clients }, (_, index) =>
    cluster.connect(index, CLUSTER_LATENCY_DRAFT),
  );
  try {
    await within(
      Promise.all(group.map((client) => client.synced)),
      `${plan.clients} clients to sync`,
    );
    const [writer, ...observers] = group;
    if (writer === undefined) throw new Error('Fan-out needs at least one client.');
    const local: number[] = [];
    const remote: number[] = [];
    const { missing } = await sendPacedMarks(writer, observers, {
      plan,
      // Observer `index` is client `index + 1`.
      samplesOf: (index) => ((index + 1) % cluster.instances.length === 0 ? local : remote),
    });
    if (local.length + remote.length === 0) throw new Error('No edit reached any observer.');
    const all = percentiles([...local, ...remote]);
    const across = remote.length === 0 ? undefined : percentiles(remote);
    return {
      local: percentiles(local),
      remote: across,
      all,
      missing,
      roundsP99: [(across ?? all).p99],
    };
  } finally {
    for (const client of group) client.destroy();
  }
}

function percentiles(samples: readonly number[]): Percentiles {
  return {
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    samples: samples.length,
  };
}
