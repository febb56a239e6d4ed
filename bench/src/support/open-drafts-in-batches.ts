import type { BenchClient } from '../clients/bench-client.js';
import { within, yieldToLoop } from './wait.js';

/** How the memory scenarios open their drafts. */
export interface OpeningPlan {
  readonly connectBatch: number;
  /** Typed by each client once synced, so that each draft holds content and has been saved. */
  readonly typed: string;
}

/**
 * Connects one client per draft, `connectBatch` at a time (all at once would measure the
 * connection storm, not the drafts), each typing `plan.typed`; pushes every client into
 * `clients` as soon as it exists, so that the caller can destroy them whatever happens.
 */
export async function openDraftsInBatches<Client extends BenchClient>({
  names,
  plan,
  connect,
  clients,
}: {
  readonly names: readonly string[];
  readonly plan: OpeningPlan;
  readonly connect: (name: string, index: number) => Client;
  readonly clients: Client[];
}): Promise<void> {
  for (let start = 0; start < names.length; start += plan.connectBatch) {
    const batch = names
      .slice(start, start + plan.connectBatch)
      .map((name, offset) => connect(name, start + offset));
    clients.push(...batch);
    await within(Promise.all(batch.map((client) => client.synced)), 'a batch of clients to sync');
    for (const client of batch) {
      const text = client.doc.getText('text');
      for (const character of plan.typed) text.insert(text.length, character);
    }
    await yieldToLoop();
  }
}
