import type { BenchClient } from '../clients/bench-client.js';
import type { Plan } from '../plan.js';
import type { Drafts, Subject } from '../servers/subject.js';
import { sampleRss } from '../support/sample-rss.js';
import { openDraftsInBatches } from '../support/open-drafts-in-batches.js';
import { sleep } from '../support/wait.js';

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
    const connect = (name: string) => drafts.connect(server, name);
    await openDraftsInBatches({ names, plan, connect, clients });
    await sleep(plan.settleMs);
    const loadedKiB = await sampleRss(server);
    return { idleKiB, loadedKiB, perDraftKiB: (loadedKiB - idleKiB) / names.length };
  } finally {
    for (const client of clients) client.destroy();
    await server.stop();
  }
}
