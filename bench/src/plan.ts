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
}

export const FULL_PLAN: Plan = {
  quick: false,
  latency: { clientCounts: [2, 10, 50], editsPerSecond: 20, warmupMs: 1000, measureMs: 5000 },
  throughput: { writers: 10, warmupMs: 1000, measureMs: 5000, inFlightPerWriter: 100 },
  coldSync: { updates: 100_000, inFlight: 1000, restarts: 5 },
  memory: {
    drafts: 1000,
    connectBatch: 50,
    typed: 'hello',
    restartBeforeIdle: true,
    idleMs: 1000,
    settleMs: 4000,
  },
};

export const QUICK_PLAN: Plan = {
  quick: true,
  latency: { clientCounts: [2, 10, 50], editsPerSecond: 20, warmupMs: 250, measureMs: 500 },
  throughput: { writers: 10, warmupMs: 250, measureMs: 500, inFlightPerWriter: 100 },
  coldSync: { updates: 3000, inFlight: 1000, restarts: 1 },
  memory: {
    drafts: 50,
    connectBatch: 50,
    typed: 'hi',
    restartBeforeIdle: false,
    idleMs: 300,
    settleMs: 500,
  },
};
