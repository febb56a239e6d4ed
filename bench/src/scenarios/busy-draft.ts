import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import type { BenchClient } from '../clients/bench-client.js';
import { observeClocks } from '../clients/observed-clocks.js';
import { typePaced } from '../clients/paced-typing.js';
import type { Plan } from '../plan.js';
import { microsPerUpdate, readCommitStages } from '../servers/commit-stages.js';
import type { ServerProcess } from '../servers/server-process.js';
import { sleep, within } from '../support/wait.js';

export interface BusyDraftFigure {
  readonly updatesPerSecond: number;
  /** Share of one core the server child used over the window (/proc utime + stime). */
  readonly serverCpu: number;
  readonly benchCpu: number;
  /** The draft's encoded Yjs state as the observer received it before the run, in bytes. */
  readonly documentBytes: number;
  /**
   * Ours only: wall time per stored update in each stage of its commit pipeline over the
   * window, from its own /metrics (`rapporteur_commit_stage_seconds_total`).
   */
  readonly stages: readonly { readonly stage: string; readonly micros: number }[];
}

/** A draft that already holds the meeting's summary, on one running server. */
export interface BusyDraft {
  readonly server: ServerProcess;
  connect(): BenchClient;
}

interface Sample {
  readonly at: number;
  readonly count: number;
  readonly serverCpuMs: number;
  readonly benchCpuMs: number;
}

/** The Y.Text writer `index` types into: each writer has its own, beside the summary. */
export function writerText(index: number): string {
  return `writer-${index}`;
}

/**
 * The meeting's workload: `plan.writers` writers on one draft that holds the imported summary,
 * each appending single characters to a Y.Text of its own with at most `inFlightPerWriter`
 * updates the observer has not seen (acknowledged = seen by the observer). The rate is what the
 * observer received over the window after the warm-up.
 */
export async function measureBusyDraft(
  draft: BusyDraft,
  plan: Plan['meeting'],
): Promise<BusyDraftFigure> {
  const observer = draft.connect();
  const writers = Array.from({ length: plan.writers }, () => draft.connect());
  const everyone = [observer, ...writers];
  try {
    await within(Promise.all(everyone.map((client) => client.synced)), 'the writers to sync');
    const documentBytes = Y.encodeStateAsUpdate(observer.doc).byteLength;
    const observed = observeClocks(observer.doc);
    const texts = writers.map((_, index) => observer.doc.getText(writerText(index)));
    const sample = (): Sample => {
      const bench = process.cpuUsage();
      return {
        at: performance.now(),
        count: texts.reduce((sum, text) => sum + text.length, 0),
        serverCpuMs: draft.server.cpuMs(),
        benchCpuMs: (bench.user + bench.system) / 1000,
      };
    };
    const start = performance.now();
    const deadline = start + plan.warmupMs + plan.measureMs;
    const window: { from?: Sample; to?: Sample } = {};
    const stageReadings: ReturnType<typeof readCommitStages>[] = [];
    const timers = [
      setTimeout(() => {
        window.from = sample();
        stageReadings.push(readCommitStages(draft.server));
      }, plan.warmupMs),
      setTimeout(() => {
        window.to = sample();
        stageReadings.push(readCommitStages(draft.server));
      }, deadline - start),
    ];
    const done = () => performance.now() >= deadline;
    await Promise.all(
      writers.map((writer, index) =>
        typePaced(writer, {
          observed,
          inFlight: plan.inFlightPerWriter,
          done,
          text: writerText(index),
        }),
      ),
    );
    await sleep(Math.max(0, deadline - performance.now()) + 20);
    for (const timer of timers) clearTimeout(timer);
    const { from, to } = window;
    if (from === undefined || to === undefined)
      throw new Error('The busy draft window was not sampled.');
    const elapsed = to.at - from.at;
    const [stagesFrom, stagesTo] = await Promise.all(stageReadings);
    return {
      stages:
        stagesFrom === undefined || stagesTo === undefined
          ? []
          : microsPerUpdate(stagesFrom, stagesTo),
      updatesPerSecond: ((to.count - from.count) * 1000) / elapsed,
      serverCpu: (to.serverCpuMs - from.serverCpuMs) / elapsed,
      benchCpu: (to.benchCpuMs - from.benchCpuMs) / elapsed,
      documentBytes,
    };
  } finally {
    for (const client of everyone) client.destroy();
  }
}
