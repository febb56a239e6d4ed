import type { BenchClient } from '../clients/bench-client.js';
import type { Plan } from '../plan.js';
import type { Drafts, Subject } from '../servers/subject.js';
import { sampleRss } from '../support/sample-rss.js';
import { sleep, within, yieldToLoop } from '../support/wait.js';

export interface MemoryFigure {
  readonly idleKiB: number;
  readonly loadedKiB: number;
  readonly perDraftKiB: number;
}

/**
 * Opens one client on each of `drafts` drafts, each typing a few characters, and reports the
 * server's RSS growth over its idle RSS, per open draft.
 */
export async function measureMemoryPerDraft(
  subject: Subject,
  dataDir: string,
  plan: Plan['memory'],
): Promise<MemoryFigure> {
  const names = Array.from(
    { length: plan.drafts },
    (_, index) => `open-${String(index).padStart(4, '0')}`,
  );
  let server = await subject.start(dataDir);
  let drafts: Drafts;
  try {
    drafts = await subject.createDrafts(server, names);
    if (plan.restartBeforeIdle) {
      await server.stop();
      server = await subject.start(dataDir);
    }
  } catch (error) {
    await server.stop();
    throw error;
  }
  const clients: BenchClient[] = [];
  try {
    await sleep(plan.idleMs);
    const idleKiB = await sampleRss(server);
    for (let start = 0; start < names.length; start += plan.connectBatch) {
      const batch = names
        .slice(start, start + plan.connectBatch)
        .map((name) => drafts.connect(server, name));
      clients.push(...batch);
      await within(Promise.all(batch.map((client) => client.synced)), 'a batch of clients to sync');
      for (const client of batch) {
        const text = client.doc.getText('text');
        for (const character of plan.typed) text.insert(text.length, character);
      }
      await yieldToLoop();
    }
    await sleep(plan.settleMs);
    const loadedKiB = await sampleRss(server);
    return { idleKiB, loadedKiB, perDraftKiB: (loadedKiB - idleKiB) / names.length };
  } finally {
    for (const client of clients) client.destroy();
    await server.stop();
  }
}
