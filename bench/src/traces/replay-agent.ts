import * as Y from 'yjs';
import type { BenchClient } from '../clients/bench-client.js';
import { yieldToLoop } from '../support/wait.js';
import { Arrivals, footprintOf, type Footprint } from './arrivals.js';
import type { Patch, Trace } from './trace-file.js';

/** The Y.Text every trace is replayed into. */
export const TRACE_TEXT = 'trace';

/** Marks what a replaying client typed itself, as opposed to what it received. */
const TYPED = Symbol('typed');
const YIELD_EVERY = 10;

/** What the agents of one replay share: who needs what, and what each typed. */
export interface ReplayBoard {
  readonly trace: Trace;
  /** `causalNeeds(trace)`. */
  readonly needs: Int32Array;
  /** `txnsByAgent(trace)`. */
  readonly byAgent: readonly (readonly number[])[];
  /** Each typed transaction's footprint and Yjs update (null: it changed nothing). */
  readonly footprints: (Footprint | undefined)[];
  readonly updates: (Uint8Array | null | undefined)[];
}

/**
 * The document agent `agent` types into when several type at once. Yjs orders insertions made
 * at one place at the same time by client id, smallest first; the traces were recorded by an
 * editor that orders them by agent. With ids in the agents' order, Yjs ends with exactly the
 * file's endContent (checked for friendsforever and clownschool; with the opposite order,
 * friendsforever ends with the same characters in another order).
 */
export function agentDocument(agent: number): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = AGENT_ID_BASE + agent;
  return doc;
}

const AGENT_ID_BASE = 1_000_000;

/** Applies one transaction's patches to `text`, in order, as the trace's format says. */
export function applyPatches(text: Y.Text, patches: readonly Patch[]): void {
  for (const [position, deleteCount, insert] of patches) {
    if (deleteCount > 0) text.delete(position, deleteCount);
    if (insert.length > 0) text.insert(position, insert);
  }
}

/**
 * Types the transactions of `agent` through `client`, one Yjs update each, with at most
 * `inFlight` of them not yet seen by the observer. With several agents, the client types into
 * a document of its own and applies another agent's transaction to it only once the server
 * has delivered it to the client and one of its own transactions has it among its parents: the
 * trace's positions are relative to the parents, so a concurrent transaction applied early
 * would shift them. What it types goes to the server through the client's connected document.
 */
export async function replayAgent(
  agent: number,
  client: BenchClient,
  options: { readonly board: ReplayBoard; readonly observer: Arrivals; readonly inFlight: number },
): Promise<void> {
  const { board, observer, inFlight } = options;
  const { trace, needs, byAgent } = board;
  const alone = trace.agents === 1;
  const working = alone ? client.doc : agentDocument(agent);
  const received = alone ? undefined : new Arrivals(client.doc);
  let current = -1;
  working.on('afterTransaction', (transaction: Y.Transaction) => {
    if (transaction.origin === TYPED)
      board.footprints[current] = footprintOf(transaction, working.clientID);
  });
  if (!alone) {
    working.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== TYPED) return;
      board.updates[current] = update;
      Y.applyUpdate(client.doc, update, TYPED);
    });
  }
  const applied = new Int32Array(trace.agents).fill(-1);
  const next = new Int32Array(trace.agents);
  const unseen: Footprint[] = [];
  const text = working.getText(TRACE_TEXT);
  try {
    for (const [count, index] of (byAgent[agent] ?? []).entries()) {
      while (unseen.length >= inFlight) {
        const oldest = unseen[0];
        if (oldest !== undefined && observer.holds(oldest)) unseen.shift();
        else await observer.progress();
      }
      if (received !== undefined) await takeParents(index);
      current = index;
      working.transact(() => {
        applyPatches(text, trace.txns[index]?.patches ?? []);
      }, TYPED);
      board.updates[index] ??= null;
      const footprint = board.footprints[index];
      if (footprint !== undefined) unseen.push(footprint);
      if (count % YIELD_EVERY === 0) await yieldToLoop();
    }
  } finally {
    if (!alone) working.destroy();
  }

  /** Applies the other agents' transactions that `index` has among its parents, once received. */
  async function takeParents(index: number): Promise<void> {
    for (let other = 0; other < trace.agents; other += 1) {
      if (other === agent) continue;
      const theirs = byAgent[other] ?? [];
      while ((applied[other] ?? -1) < (needs[index * trace.agents + other] ?? -1)) {
        const txn = theirs[next[other] ?? 0];
        if (txn === undefined) throw new Error(`Agent ${other} has no transaction left to give.`);
        const footprint = board.footprints[txn];
        const update = board.updates[txn];
        if (footprint === undefined || update === undefined || !received?.holds(footprint)) {
          await (received?.progress() ?? yieldToLoop());
          continue;
        }
        if (update !== null) Y.applyUpdate(working, update, 'received');
        applied[other] = txn;
        next[other] = (next[other] ?? 0) + 1;
      }
    }
  }
}
