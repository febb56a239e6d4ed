import type { Trace } from './trace-file.js';

/**
 * For each transaction, the last transaction of each agent that its document includes (its
 * parents and their ancestors): `needs[txn * agents + agent]`, -1 for none. An agent types in
 * order, so including its transaction `n` means including all of its earlier ones: a client
 * typing `txn` must hold exactly these of the other agents' transactions, no fewer (the
 * positions refer to them) and no more (a concurrent insertion would shift the positions).
 */
export function causalNeeds(trace: Trace): Int32Array {
  const { agents, txns } = trace;
  const needs = new Int32Array(txns.length * agents).fill(-1);
  txns.forEach((txn, index) => {
    const own = index * agents;
    for (const parent of txn.parents) {
      if (parent >= index) throw new Error(`Transaction ${index} has a later parent, ${parent}.`);
      const theirs = parent * agents;
      for (let agent = 0; agent < agents; agent += 1) {
        needs[own + agent] = Math.max(needs[own + agent] ?? -1, needs[theirs + agent] ?? -1);
      }
      const parentAgent = txns[parent]?.agent ?? 0;
      needs[own + parentAgent] = Math.max(needs[own + parentAgent] ?? -1, parent);
    }
  });
  return needs;
}

/** The indices of each agent's transactions, in order. */
export function txnsByAgent(trace: Trace): number[][] {
  const byAgent = Array.from({ length: trace.agents }, (): number[] => []);
  trace.txns.forEach((txn, index) => byAgent[txn.agent]?.push(index));
  return byAgent;
}
