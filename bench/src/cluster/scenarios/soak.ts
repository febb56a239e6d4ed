import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import type { YWebsocketClient } from '../../clients/y-websocket-client.js';
import type { ClusterPlan } from '../../plan.js';
import { slope } from '../../support/stats.js';
import { waitFor, within } from '../../support/wait.js';
import type { BenchCluster } from '../bench-cluster.js';
import { openCpuWindow, type CpuShares } from '../cpu-window.js';
import { auditDrafts } from '../draft-audit.js';

const CONNECT_BATCH = 50;
const CONVERGE_MS = 60_000;

/** One instance's VmRSS over the soak, in MiB, and its slope after the warm-up. */
export interface RssTrack {
  readonly first: number;
  readonly last: number;
  readonly mibPerMinute: number;
  /**
   * The slope of V8's used heap (the instance's /metrics), in MiB per minute: live objects and
   * garbage not yet collected, without what the allocator keeps around.
   */
  readonly heapMibPerMinute: number;
}

/**
 * One instance's V8 heap after a full collection, before the soak's clients connect and after
 * they have all left and every room has unloaded: what serving the soak left behind. The drafts'
 * content grows the heap while they are open (so RSS is not flat while people type); once they
 * close, anything still there is a leak.
 */
export interface RetainedHeap {
  readonly beforeMiB: number;
  readonly afterMiB: number;
}

export interface SoakFigure {
  readonly clients: number;
  readonly typed: number;
  /** Closes no client asked for, as `<code> <reason>`, and error-level log lines. */
  readonly unexpectedCloses: readonly string[];
  readonly errorLines: readonly string[];
  /** Drafts whose clients or log replay disagree, each with what differed. */
  readonly disagreements: readonly string[];
  /** Typed characters missing from the log's replay, over all drafts. */
  readonly lostUpdates: number;
  /** Per instance: RSS over the run and its slope after the warm-up. */
  readonly rss: readonly RssTrack[];
  /** Per instance: the heap kept once the drafts closed, against before they opened. */
  readonly retained: readonly RetainedHeap[];
  /** The drafts' Yjs state, encoded, at the end: what the content itself grew to. */
  readonly stateBytes: number;
  readonly cpu: CpuShares;
}

/** The drafts the soak types into. */
export function soakDrafts(plan: ClusterPlan['soak']): string[] {
  return Array.from({ length: plan.drafts }, (_, index) => `soak-${index}`);
}

/**
 * Every client types at a steady human pace for the whole run; client `i` types into draft
 * `i mod drafts` through instance `floor(i / drafts) mod instances`, so each draft has clients
 * on every instance. Afterwards every client of a draft must hold the same text, of the length
 * typed, and so must the draft's log replayed from PostgreSQL.
 */
export async function measureSoak(
  cluster: BenchCluster,
  { plan, adminUrl }: { readonly plan: ClusterPlan['soak']; readonly adminUrl: string },
): Promise<SoakFigure> {
  const drafts = soakDrafts(plan);
  const clients: { readonly client: YWebsocketClient; readonly draft: string; typed: number }[] =
    [];
  const timers: NodeJS.Timeout[] = [];
  const errorsBefore = cluster.errorLines().length;
  const everyInstance = <T>(ask: (index: number) => Promise<T>): Promise<T[]> =>
    Promise.all(cluster.instances.map((_, index) => ask(index)));
  const unloaded = () =>
    waitFor(
      async () => (await everyInstance((index) => cluster.openRooms(index))).every((n) => n === 0),
      'every instance to unload its drafts',
      CONVERGE_MS,
    );
  // Earlier scenarios' rooms close first: the baseline is an instance holding no draft.
  await unloaded();
  const heapBefore = await everyInstance((index) => cluster.heapAfterGcMiB(index));
  try {
    for (let start = 0; start < plan.clients; start += CONNECT_BATCH) {
      const batch = Array.from(
        { length: Math.min(CONNECT_BATCH, plan.clients - start) },
        (_, k) => {
          const index = start + k;
          const draft = drafts[index % drafts.length] ?? '';
          return {
            client: cluster.connect(Math.floor(index / drafts.length), draft),
            draft,
            typed: 0,
          };
        },
      );
      clients.push(...batch);
      await within(Promise.all(batch.map(({ client }) => client.synced)), 'soak clients to sync');
    }
    const cpu = await openCpuWindow(cluster, adminUrl);
    const started = performance.now();
    const rss = cluster.instances.map(() => [] as { x: number; y: number }[]);
    const heap = cluster.instances.map(() => [] as { x: number; y: number }[]);
    const sampleRss = (): void => {
      const minutes = (performance.now() - started) / 60_000;
      cluster.instances.forEach((instance, index) => {
        rss[index]?.push({ x: minutes, y: instance.rssKiB() / 1024 });
        void heapUsedMiB(instance.metricsPort ?? instance.port).then((mib) =>
          heap[index]?.push({ x: minutes, y: mib }),
        );
      });
    };
    sampleRss();
    timers.push(setInterval(sampleRss, plan.rssEveryMs));
    const interval = 1000 / plan.charactersPerSecond;
    for (const entry of clients) {
      const text = entry.client.doc.getText('text');
      // Spread over the interval: 200 clients typing in step would send in bursts.
      const begin = setTimeout(() => {
        timers.push(
          setInterval(() => {
            text.insert(text.length, 'x');
            entry.typed += 1;
          }, interval),
        );
      }, Math.random() * interval);
      timers.push(begin);
    }
    await new Promise((resolve) => setTimeout(resolve, plan.durationMs));
    for (const timer of timers.splice(0)) clearTimeout(timer);
    sampleRss();
    const shares = await cpu.end();
    const expected = new Map<string, number>();
    for (const { draft, typed } of clients) expected.set(draft, (expected.get(draft) ?? 0) + typed);
    const converged = () =>
      clients.every(
        ({ client, draft }) => client.doc.getText('text').length === expected.get(draft),
      );
    await waitFor(converged, 'every soak client to hold every typed character', CONVERGE_MS).catch(
      () => undefined,
    );
    const audit = await auditDrafts(cluster, { drafts, clients, expected });
    const stateBytes = drafts.reduce((sum, draft) => {
      const holder = clients.find((entry) => entry.draft === draft);
      return sum + (holder === undefined ? 0 : Y.encodeStateAsUpdate(holder.client.doc).length);
    }, 0);
    const clientCount = clients.length;
    const typed = clients.reduce((sum, { typed }) => sum + typed, 0);
    const unexpectedCloses = clients.flatMap(({ client }) => client.unexpectedCloses());
    for (const { client } of clients.splice(0)) client.destroy();
    await unloaded();
    const heapAfter = await everyInstance((index) => cluster.heapAfterGcMiB(index));
    const warmup = plan.warmupMs / 60_000;
    const afterWarmup = (samples: readonly { x: number; y: number }[]) =>
      slope(samples.filter((sample) => sample.x >= warmup && !Number.isNaN(sample.y)));
    return {
      clients: clientCount,
      typed,
      unexpectedCloses,
      errorLines: cluster.errorLines().slice(errorsBefore),
      ...audit,
      rss: rss.map((samples, index) => ({
        first: samples[0]?.y ?? Number.NaN,
        last: samples.at(-1)?.y ?? Number.NaN,
        mibPerMinute: afterWarmup(samples),
        heapMibPerMinute: afterWarmup(heap[index] ?? []),
      })),
      retained: heapBefore.map((beforeMiB, index) => ({
        beforeMiB,
        afterMiB: heapAfter[index] ?? Number.NaN,
      })),
      stateBytes,
      cpu: shares,
    };
  } finally {
    for (const timer of timers) clearTimeout(timer);
    for (const { client } of clients) client.destroy();
  }
}

/** `nodejs_heap_size_used_bytes` from the instance's /metrics, in MiB; NaN if unreadable. */
async function heapUsedMiB(port: number): Promise<number> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/metrics`);
    const match = /^nodejs_heap_size_used_bytes (\S+)$/m.exec(await response.text());
    return match?.[1] === undefined ? Number.NaN : Number(match[1]) / 1024 / 1024;
  } catch {
    return Number.NaN;
  }
}
