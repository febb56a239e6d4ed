import type { YWebsocketClient } from '../../clients/y-websocket-client.js';
import type { ClusterPlan } from '../../plan.js';
import { sampleRss } from '../../support/sample-rss.js';
import { openDraftsInBatches } from '../../support/open-drafts-in-batches.js';
import { sleep } from '../../support/wait.js';
import type { BenchCluster } from '../bench-cluster.js';

const KIB_PER_GIB = 1024 * 1024;

export interface OpenDraftsFigure {
  readonly idleKiB: readonly number[];
  readonly loadedKiB: readonly number[];
  /** All instances' RSS growth over their idle RSS, per open draft. */
  readonly perDraftKiB: number;
  readonly draftsPerGiB: number;
}

/** The drafts the memory scenario opens. */
export function openDraftNames(plan: ClusterPlan['memory']): string[] {
  return Array.from(
    { length: plan.drafts },
    (_, index) => `open-${String(index).padStart(4, '0')}`,
  );
}

/**
 * One client on each draft, draft `i` on instance `i mod instances`, each typing a few
 * characters; (RSS of every instance - its idle RSS) / drafts, turned into drafts per GiB.
 * Run first on freshly started instances, so that their idle RSS is of a process that has
 * served nothing yet.
 */
export async function measureOpenDrafts(
  cluster: BenchCluster,
  plan: ClusterPlan['memory'],
): Promise<OpenDraftsFigure> {
  const names = openDraftNames(plan);
  const clients: YWebsocketClient[] = [];
  try {
    await sleep(plan.idleMs);
    const idleKiB = await Promise.all(cluster.instances.map(sampleRss));
    const connect = (name: string, index: number) => cluster.connect(index, name);
    await openDraftsInBatches({ names, plan, connect, clients });
    await sleep(plan.settleMs);
    const loadedKiB = await Promise.all(cluster.instances.map(sampleRss));
    const grown = loadedKiB.reduce((sum, kib, index) => sum + kib - (idleKiB[index] ?? kib), 0);
    const perDraftKiB = grown / names.length;
    return { idleKiB, loadedKiB, perDraftKiB, draftsPerGiB: KIB_PER_GIB / perDraftKiB };
  } finally {
    for (const client of clients) client.destroy();
  }
}
