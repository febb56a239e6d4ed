import { performance } from 'node:perf_hooks';
import { observeClocks } from '../clients/observed-clocks.js';
import { typePaced } from '../clients/paced-typing.js';
import type { Plan } from '../plan.js';
import type { Target } from '../servers/subject.js';
import { sleep, within } from '../support/wait.js';

export const THROUGHPUT_DRAFT = 'throughput';

export interface ThroughputFigure {
  readonly updatesPerSecond: number;
  /** Share of one core each side used over the window: which of them was the bottleneck. */
  readonly serverCpu: number;
  readonly benchCpu: number;
}

interface Sample {
  readonly at: number;
  readonly count: number;
  readonly serverCpuMs: number;
  readonly benchCpuMs: number;
}

/**
 * Writers append single characters to one Y.Text as fast as the server takes them (paced by
 * what an observer client has seen). The observer's text length is the number of distinct
 * updates accepted; the rate is taken over the window after the warm-up.
 */
export async function measureThroughput(
  { server, drafts }: Target,
  plan: Plan['throughput'],
): Promise<ThroughputFigure> {
  const observer = drafts.connect(server, THROUGHPUT_DRAFT);
  const writers = Array.from({ length: plan.writers }, () =>
    drafts.connect(server, THROUGHPUT_DRAFT),
  );
  const everyone = [observer, ...writers];
  try {
    await within(Promise.all(everyone.map((client) => client.synced)), 'the writers to sync');
    const observed = observeClocks(observer.doc);
    const accepted = observer.doc.getText('text');
    const sample = (): Sample => {
      const bench = process.cpuUsage();
      return {
        at: performance.now(),
        count: accepted.length,
        serverCpuMs: server.cpuMs(),
        benchCpuMs: (bench.user + bench.system) / 1000,
      };
    };

    const start = performance.now();
    const deadline = start + plan.warmupMs + plan.measureMs;
    const window: { from?: Sample; to?: Sample } = {};
    const timers = [
      setTimeout(() => (window.from = sample()), plan.warmupMs),
      setTimeout(() => (window.to = sample()), deadline - start),
    ];
    const done = () => performance.now() >= deadline;
    await Promise.all(
      writers.map((writer) =>
        typePaced(writer, { observed, inFlight: plan.inFlightPerWriter, done }),
      ),
    );
    await sleep(Math.max(0, deadline - performance.now()) + 20);
    for (const timer of timers) clearTimeout(timer);
    const { from, to } = window;
    if (from === undefined || to === undefined)
      throw new Error('The throughput window was not sampled.');
    const elapsed = to.at - from.at;
    return {
      updatesPerSecond: ((to.count - from.count) * 1000) / elapsed,
      serverCpu: (to.serverCpuMs - from.serverCpuMs) / elapsed,
      benchCpu: (to.benchCpuMs - from.benchCpuMs) / elapsed,
    };
  } finally {
    for (const client of everyone) client.destroy();
  }
}
