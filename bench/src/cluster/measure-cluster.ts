import type { ClusterPlan } from '../plan.js';
import { attempt, type Outcome } from '../report/figures.js';
import { progress } from '../support/progress.js';
import { startBenchCluster, type BenchCluster } from './bench-cluster.js';
import { findClusterServices } from './cluster-services.js';
import { combineRounds } from './rounds.js';
import {
  CLUSTER_LATENCY_DRAFT,
  combineLatencyRounds,
  measureCrossInstanceLatency,
  type CrossLatencyFigure,
} from './scenarios/cross-instance-latency.js';
import {
  measureOpenDrafts,
  openDraftNames,
  type OpenDraftsFigure,
} from './scenarios/open-drafts.js';
import { measureSoak, soakDrafts, type SoakFigure } from './scenarios/soak.js';
import {
  combineThroughputRounds,
  measureSpreadThroughput,
  PLACEMENTS,
  throughputDrafts,
  type Placement,
  type SpreadThroughputFigure,
} from './scenarios/spread-throughput.js';

/** What one topology (one instance, or two) measured. */
export interface SetupFigures {
  readonly instances: number;
  readonly latency: Outcome<CrossLatencyFigure>;
  readonly throughput: Readonly<Record<Placement, Outcome<SpreadThroughputFigure>>>;
  readonly openDrafts: Outcome<OpenDraftsFigure>;
  readonly soak: Outcome<SoakFigure>;
}

export type ClusterFigures =
  | { readonly kind: 'skipped'; readonly reason: string }
  | { readonly kind: 'measured'; readonly one: SetupFigures; readonly two: SetupFigures };

interface Setup {
  readonly instances: number;
  readonly label: string;
  cluster: Outcome<BenchCluster>;
  readonly latency: Outcome<CrossLatencyFigure>[];
  readonly throughput: Record<Placement, Outcome<SpreadThroughputFigure>[]>;
  openDrafts: Outcome<OpenDraftsFigure>;
  soak: Outcome<SoakFigure>;
}

const NOT_RUN = { kind: 'failed', error: 'not run' } as const;

/**
 * The same load on one instance and on two, on PostgreSQL + Redis, each on a database of its
 * own. Both topologies run side by side and take turns scenario by scenario, so that what
 * else the machine does meanwhile is spread over them. The soak runs on two instances only.
 */
export async function measureCluster(plan: ClusterPlan): Promise<ClusterFigures> {
  const services = await findClusterServices();
  if (services.kind === 'skipped') {
    progress(`several instances: skipped, ${services.reason}`);
    return services;
  }
  const drafts = [
    ...openDraftNames(plan.memory),
    CLUSTER_LATENCY_DRAFT,
    ...PLACEMENTS.flatMap((placement) => throughputDrafts(plan.throughput, placement)),
    ...soakDrafts(plan.soak),
  ];
  const setups: Setup[] = [
    {
      ...notRun(1, 'one'),
      soak: { kind: 'not-applicable', reason: 'two instances only' },
    },
    notRun(2, 'two'),
  ];
  const { adminUrl, redisUrl } = services;
  const each = async (
    what: string,
    run: (setup: Setup, cluster: BenchCluster) => Promise<void>,
  ): Promise<void> => {
    for (const setup of setups) {
      if (setup.cluster.kind !== 'measured') continue;
      progress(`${setup.instances} instance(s) on PostgreSQL + Redis: ${what}`);
      await run(setup, setup.cluster.value);
    }
  };
  try {
    for (const setup of setups) {
      progress(
        `${setup.instances} instance(s) on PostgreSQL + Redis: starting, ${drafts.length} meetings`,
      );
      setup.cluster = await attempt('start', () =>
        startBenchCluster({
          adminUrl,
          redisUrl,
          instances: setup.instances,
          label: setup.label,
          drafts,
        }),
      );
    }
    await each(`RSS with ${plan.memory.drafts} open drafts`, async (setup, cluster) => {
      setup.openDrafts = await attempt('open drafts', () =>
        measureOpenDrafts(cluster, plan.memory),
      );
    });
    for (let round = 1; round <= plan.latency.rounds; round += 1) {
      await each(
        `fan-out latency with ${plan.latency.clients} clients, round ${round}`,
        async (setup, cluster) => {
          setup.latency.push(
            await attempt('fan-out', () => measureCrossInstanceLatency(cluster, plan.latency)),
          );
        },
      );
    }
    for (let round = 1; round <= plan.throughput.rounds; round += 1) {
      for (const placement of PLACEMENTS) {
        await each(
          `throughput on ${plan.throughput.drafts} drafts, ${placement}, round ${round}`,
          async (setup, cluster) => {
            setup.throughput[placement].push(
              await attempt('throughput', () =>
                measureSpreadThroughput(cluster, { plan: plan.throughput, placement, adminUrl }),
              ),
            );
          },
        );
      }
    }
    const two = setups[1];
    if (two?.cluster.kind === 'measured') {
      const cluster = two.cluster.value;
      progress(
        `2 instances: soak, ${plan.soak.clients} clients on ${plan.soak.drafts} drafts for ${plan.soak.durationMs / 1000} s`,
      );
      two.soak = await attempt('soak', () => measureSoak(cluster, { plan: plan.soak, adminUrl }));
    }
  } finally {
    await Promise.all(
      setups.map((setup) =>
        setup.cluster.kind === 'measured' ? setup.cluster.value.stop() : Promise.resolve(),
      ),
    );
  }
  const [one, two] = setups.map((setup): SetupFigures => {
    const failedStart = setup.cluster.kind === 'failed' ? setup.cluster : undefined;
    return {
      instances: setup.instances,
      latency: failedStart ?? combineRounds(setup.latency, combineLatencyRounds),
      throughput: {
        mixed: failedStart ?? combineRounds(setup.throughput.mixed, combineThroughputRounds),
        'by-draft':
          failedStart ?? combineRounds(setup.throughput['by-draft'], combineThroughputRounds),
      },
      openDrafts: failedStart ?? setup.openDrafts,
      soak: setup.soak.kind === 'not-applicable' ? setup.soak : (failedStart ?? setup.soak),
    };
  });
  if (one === undefined || two === undefined) throw new Error('Both topologies are measured.');
  return { kind: 'measured', one, two };
}

function notRun(instances: number, label: string): Setup {
  return {
    instances,
    label,
    cluster: NOT_RUN,
    latency: [],
    throughput: { mixed: [], 'by-draft': [] },
    openDrafts: NOT_RUN,
    soak: NOT_RUN,
  };
}
