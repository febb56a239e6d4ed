import { performance } from 'node:perf_hooks';
import type { Plan } from '../plan.js';
import type { Target } from '../servers/subject.js';
import { percentile } from '../support/stats.js';
import { sleep, waitFor, within } from '../support/wait.js';

export interface LatencyFigure {
  readonly clients: number;
  readonly p50: number;
  readonly p99: number;
  readonly samples: number;
  /** Edits some observer had not seen 10 s after the last was sent. */
  readonly missing: number;
}

/** The draft each client count runs on. */
export function latencyDraft(clients: number): string {
  return `latency-${clients}`;
}

/**
 * One writer sets key `<seq>` of a Y.Map at a steady rate and notes the send time; every other
 * client notes when it observes the key. All clients share this process and its clock. Edits
 * of the warm-up are not measured.
 */
export async function measureFanOutLatency(
  { server, drafts }: Target,
  options: { readonly clients: number; readonly plan: Plan['latency'] },
): Promise<LatencyFigure> {
  const { clients, plan } = options;
  const draft = latencyDraft(clients);
  const group = Array.from({ length: clients }, () => drafts.connect(server, draft));
  try {
    await within(Promise.all(group.map((client) => client.synced)), `${clients} clients to sync`);
    const [writer, ...observers] = group;
    if (writer === undefined) throw new Error('Fan-out needs at least one client.');
    const interval = 1000 / plan.editsPerSecond;
    const warmupEdits = Math.round(plan.warmupMs / interval);
    const totalEdits = warmupEdits + Math.round(plan.measureMs / interval);
    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    const seen = observers.map((observer) => {
      const count = { value: 0 };
      observer.doc.getMap<number>('latency').observe((event) => {
        const now = performance.now();
        for (const key of event.keysChanged as Set<string>) {
          count.value += 1;
          const sent = sentAt.get(key);
          if (sent !== undefined && Number(key) >= warmupEdits) latencies.push(now - sent);
        }
      });
      return count;
    });

    const marks = writer.doc.getMap<number>('latency');
    const start = performance.now();
    for (let seq = 0; seq < totalEdits; seq += 1) {
      const wait = start + seq * interval - performance.now();
      if (wait > 0) await sleep(wait);
      sentAt.set(String(seq), performance.now());
      // The provider sends the update synchronously, from the transaction's update event.
      marks.set(String(seq), seq);
    }
    const allSeen = () => seen.every((count) => count.value >= totalEdits);
    await waitFor(allSeen, 'every observer to see every edit', 10_000).catch(() => undefined);
    const missing = seen.reduce((sum, count) => sum + Math.max(0, totalEdits - count.value), 0);
    return {
      clients,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      samples: latencies.length,
      missing,
    };
  } finally {
    for (const client of group) client.destroy();
  }
}
