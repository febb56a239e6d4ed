import { performance } from 'node:perf_hooks';
import type * as Y from 'yjs';
import { sleep, waitFor } from '../support/wait.js';

/**
 * The fan-out measurement both latency scenarios share: the writer sets key `<seq>` of a Y.Map
 * at a steady rate and notes the send time; each observer notes when it sees the key, into the
 * sample list `samplesOf(observer index)` gives. All clients share this process and its clock;
 * edits of the warm-up are not measured. Returns how many edits some observer had not seen 10 s
 * after the last was sent.
 */
export async function sendPacedMarks(
  writer: { readonly doc: Y.Doc },
  observers: readonly { readonly doc: Y.Doc }[],
  options: {
    readonly plan: {
      readonly editsPerSecond: number;
      readonly warmupMs: number;
      readonly measureMs: number;
    };
    readonly samplesOf: (observer: number) => number[];
  },
): Promise<{ readonly missing: number }> {
  const { plan, samplesOf } = options;
  const interval = 1000 / plan.editsPerSecond;
  const warmupEdits = Math.round(plan.warmupMs / interval);
  const totalEdits = warmupEdits + Math.round(plan.measureMs / interval);
  const sentAt = new Map<string, number>();
  const seen = observers.map((observer, index) => {
    const samples = samplesOf(index);
    const count = { value: 0 };
    observer.doc.getMap<number>('latency').observe((event) => {
      const now = performance.now();
      for (const key of event.keysChanged as Set<string>) {
        count.value += 1;
        const sent = sentAt.get(key);
        if (sent !== undefined && Number(key) >= warmupEdits) samples.push(now - sent);
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
  return { missing: seen.reduce((sum, count) => sum + Math.max(0, totalEdits - count.value), 0) };
}
