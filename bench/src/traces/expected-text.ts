import * as Y from 'yjs';
import { causalNeeds, txnsByAgent } from './causal-needs.js';
import { agentDocument, applyPatches, TRACE_TEXT } from './replay-agent.js';
import type { Trace } from './trace-file.js';

/**
 * The text every server must end with: the file's endContent for a whole trace. A trace cut
 * short (BENCH_QUICK) has none, so it is replayed here without a server: one document per
 * agent, each taking the others' updates exactly when a transaction of its own has them among
 * its parents, then everything merged.
 */
export function expectedText(trace: Trace): string {
  return trace.endContent ?? replayLocally(trace);
}

/** The trace replayed in this process, without a server; see `expectedText`. */
export function replayLocally(trace: Trace): string {
  const needs = causalNeeds(trace);
  const byAgent = txnsByAgent(trace);
  const docs = Array.from({ length: trace.agents }, (_, agent) => agentDocument(agent));
  const applied = docs.map(() => new Int32Array(trace.agents).fill(-1));
  const updates: (Uint8Array | undefined)[] = [];
  const next = docs.map(() => new Int32Array(trace.agents));
  try {
    trace.txns.forEach((txn, index) => {
      const doc = docs[txn.agent];
      const mine = applied[txn.agent];
      const pointers = next[txn.agent];
      if (doc === undefined || mine === undefined || pointers === undefined) return;
      for (let other = 0; other < trace.agents; other += 1) {
        if (other === txn.agent) continue;
        while ((mine[other] ?? -1) < (needs[index * trace.agents + other] ?? -1)) {
          const theirs = byAgent[other]?.[pointers[other] ?? 0] ?? -1;
          const update = updates[theirs];
          if (update !== undefined) Y.applyUpdate(doc, update);
          mine[other] = theirs;
          pointers[other] = (pointers[other] ?? 0) + 1;
        }
      }
      const capture = (update: Uint8Array): void => {
        updates[index] = update;
      };
      doc.on('update', capture);
      doc.transact(() => {
        applyPatches(doc.getText(TRACE_TEXT), txn.patches);
      });
      doc.off('update', capture);
    });
    const merged = new Y.Doc();
    for (const doc of docs) Y.applyUpdate(merged, Y.encodeStateAsUpdate(doc));
    const text = merged.getText(TRACE_TEXT).toJSON();
    merged.destroy();
    return text;
  } finally {
    for (const doc of docs) doc.destroy();
  }
}
