/** How long and how much each scenario runs: the full run, or BENCH_QUICK=1's smoke run. */
export interface Plan {
  readonly quick: boolean;
  readonly latency: {
    readonly clientCounts: readonly number[];
    readonly editsPerSecond: number;
    /** Edits sent in this first stretch are not measured. */
    readonly warmupMs: number;
    readonly measureMs: number;
  };
  readonly throughput: {
    readonly writers: number;
    readonly warmupMs: number;
    readonly measureMs: number;
    /** Updates a writer may have sent that the observer has not seen yet. */
    readonly inFlightPerWriter: number;
  };
  readonly coldSync: {
    readonly updates: number;
    /** Updates the writer may have sent that the server has not passed on yet. */
    readonly inFlight: number;
    /** Each restart gives one cold-sync sample; the report shows their median. */
    readonly restarts: number;
  };
  readonly memory: {
    readonly drafts: number;
    /** Clients connecting at the same time. */
    readonly connectBatch: number;
    /** Typed one character at a time by every client. */
    readonly typed: string;
    /**
     * Restart the server between creating the drafts and sampling its idle RSS, so that the
     * idle figure is of a process that knows the drafts and has served nothing yet.
     */
    readonly restartBeforeIdle: boolean;
    /** Wait after the server is ready before sampling its idle RSS. */
    readonly idleMs: number;
    /** Wait after the last keystroke before sampling RSS (Hocuspocus stores after 2 s). */
    readonly settleMs: number;
  };
  /** Many writers on the demo meeting's draft, which holds the imported summary (meeting/). */
  readonly meeting: {
    readonly writers: number;
    readonly warmupMs: number;
    readonly measureMs: number;
    /** Updates a writer may have sent that the observer has not seen yet. */
    readonly inFlightPerWriter: number;
    /** Fresh servers per figure, the servers taking turns; the report gives the median. */
    readonly reps: number;
  };
  /** Real editing traces replayed through each server (traces/). */
  readonly traces: TracesPlan;
  /** Several instances on PostgreSQL + Redis (cluster/): one instance against two. */
  readonly cluster: ClusterPlan;
  /** The review loop (review/): the editor with many review items, and accepting suggestions. */
  readonly review: ReviewPlan;
}

export interface TracesPlan {
  /** Transactions replayed from each trace; undefined: all of them. */
  readonly txnLimit: number | undefined;
  /** Transactions a writer may have sent that the observer has not seen yet. */
  readonly inFlightPerWriter: number;
  /** Replays on fresh servers, the servers taking turns; the report gives the median. */
  readonly reps: number;
  /** Hocuspocus stores 2 s after the last change: no store for this long means it has finished. */
  readonly quietMs: number;
}

export interface ReviewPlan {
  /** Open comments, and open suggestions, on the loaded meeting (issue #14: 500 of each). */
  readonly comments: number;
  readonly suggestions: number;
  /** Page loads of each meeting, the two taking turns, after one unmeasured load of each. */
  readonly loads: number;
  /** Suggestions accepted one by one on the loaded meeting, and on the baseline meeting. */
  readonly accepts: number;
  /** Further suggestions accepted on the loaded meeting under V8's CPU profiler, untimed. */
  readonly profiledAccepts: number;
}

export interface ClusterPlan {
  readonly latency: {
    /** Rounds, the topologies taking turns; the report gives the median round. */
    readonly rounds: number;
    /** The writer and the observers; in two instances, half of them on each. */
    readonly clients: number;
    readonly editsPerSecond: number;
    readonly warmupMs: number;
    readonly measureMs: number;
  };
  readonly throughput: {
    /** Rounds, the topologies taking turns; the report gives the median round. */
    readonly rounds: number;
    readonly drafts: number;
    readonly writersPerDraft: number;
    readonly warmupMs: number;
    readonly measureMs: number;
    readonly inFlightPerWriter: number;
  };
  readonly memory: {
    readonly drafts: number;
    readonly connectBatch: number;
    readonly typed: string;
    readonly idleMs: number;
    readonly settleMs: number;
  };
  readonly soak: {
    readonly clients: number;
    readonly drafts: number;
    readonly durationMs: number;
    /** Characters each client types per second, one update each, at steady intervals. */
    readonly charactersPerSecond: number;
    readonly rssEveryMs: number;
    /** RSS samples before this are warm-up: the slope is taken over the rest. */
    readonly warmupMs: number;
  };
}

export const FULL_PLAN: Plan = {
  quick: false,
  latency: { clientCounts: [2, 10, 50], editsPerSecond: 20, warmupMs: 1000, measureMs: 5000 },
  throughput: { writers: 10, warmupMs: 1000, measureMs: 5000, inFlightPerWriter: 100 },
  coldSync: { updates: 100_000, inFlight: 1000, restarts: 5 },
  meeting: { writers: 10, warmupMs: 2000, measureMs: 8000, inFlightPerWriter: 100, reps: 3 },
  traces: { txnLimit: undefined, inFlightPerWriter: 100, reps: 3, quietMs: 3000 },
  memory: {
    drafts: 1000,
    connectBatch: 50,
    typed: 'hello',
    restartBeforeIdle: true,
    idleMs: 1000,
    settleMs: 4000,
  },
  cluster: {
    latency: { rounds: 3, clients: 20, editsPerSecond: 20, warmupMs: 1000, measureMs: 5000 },
    throughput: {
      rounds: 3,
      drafts: 20,
      writersPerDraft: 2,
      warmupMs: 2000,
      measureMs: 8000,
      inFlightPerWriter: 50,
    },
    memory: { drafts: 1000, connectBatch: 50, typed: 'hello', idleMs: 1000, settleMs: 4000 },
    soak: {
      clients: 200,
      drafts: 20,
      durationMs: 60_000,
      charactersPerSecond: 2,
      rssEveryMs: 2000,
      warmupMs: 15_000,
    },
  },
  review: { comments: 500, suggestions: 500, loads: 7, accepts: 60, profiledAccepts: 20 },
};

// The smoke run is the full run made short (shorter windows, fewer updates, samples, rounds and
// drafts), so that only what differs is written here and the rest follows the full run.
const QUICK_WINDOW = { warmupMs: 250, measureMs: 500 } as const;
const QUICK_IDLE = { idleMs: 300, settleMs: 500 } as const;
const FULL_CLUSTER = FULL_PLAN.cluster;

export const QUICK_PLAN: Plan = {
  quick: true,
  latency: { ...FULL_PLAN.latency, ...QUICK_WINDOW },
  throughput: { ...FULL_PLAN.throughput, ...QUICK_WINDOW },
  coldSync: { ...FULL_PLAN.coldSync, updates: 3000, restarts: 1 },
  meeting: { ...FULL_PLAN.meeting, ...QUICK_WINDOW, reps: 1 },
  traces: { ...FULL_PLAN.traces, txnLimit: 20_000, reps: 1 },
  memory: {
    ...FULL_PLAN.memory,
    ...QUICK_IDLE,
    drafts: 50,
    typed: 'hi',
    restartBeforeIdle: false,
  },
  cluster: {
    latency: { ...FULL_CLUSTER.latency, ...QUICK_WINDOW, rounds: 1, clients: 10 },
    throughput: { ...FULL_CLUSTER.throughput, ...QUICK_WINDOW, rounds: 1 },
    memory: { ...FULL_CLUSTER.memory, ...QUICK_IDLE, drafts: 50, typed: 'hi' },
    soak: { ...FULL_CLUSTER.soak, durationMs: 5000, rssEveryMs: 500, warmupMs: 1500 },
  },
  review: { comments: 40, suggestions: 40, loads: 2, accepts: 10, profiledAccepts: 5 },
};

/** The plan, with the soak's length from BENCH_SOAK_SECONDS when set: longer soaks by hand. */
export function planFrom(env: NodeJS.ProcessEnv): Plan {
  const plan = env.BENCH_QUICK === '1' ? QUICK_PLAN : FULL_PLAN;
  const seconds = Number(env.BENCH_SOAK_SECONDS);
  if (!(seconds > 0)) return plan;
  const soak = { ...plan.cluster.soak, durationMs: seconds * 1000 };
  return { ...plan, cluster: { ...plan.cluster, soak } };
}
