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
  /** V8's used heap of each instance after a full collection, idle and with the drafts open. */
  readonly idleHeapMiB: readonly number[];
  readonly loadedHeapMiB: readonly number[];
  /**
   * All instances' heap growth per open draft, after a full collection: what a draft keeps.
   * RSS also moves with what the allocator holds and with start-up garbage that a young process
   * frees meanwhile (two instances' RSS was seen to fall while 1,000 drafts opened).
   */
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
 * characters; (heap of every instance - its idle heap, both after a full collection) / drafts,
 * turned into drafts per GiB; RSS beside it. Run first on freshly started instances, so that
 * their idle figures are of a process that has served nothing yet.
 */
export async function measureOpenDrafts(
  cluster: BenchCluster,
  plan: ClusterPlan['memory'],
): Promise<OpenDraftsFigure> {
  const names = openDraftNames(plan);
  const clients: YWebsocketClient[] = [];
  try {
    await sleep(plan.idleMs);
    const heaps = () =>
      Promise.all(cluster.instances.map((_, index) => cluster.heapAfterGcMiB(index)));
    const idleKiB = await Promise.all(cluster.instances.map(sampleRss));
    const idleHeapMiB = await heaps();
    const connect = (name: string, index: number) => cluster.connect(index, name);
    await openDraftsInBatches({ names, plan, connect, clients });
    await sleep(plan.settleMs);
    const loadedKiB = await Promise.all(cluster.instances.map(sampleRss));
    const loadedHeapMiB = await heaps();
    const grownMiB = loadedHeapMiB.reduce(
      (sum, mib, index) => sum + mib - (idleHeapMiB[index] ?? mib),
      0,
    );
    const perDraftKiB = (grownMiB * 1024) / names.length;
    return {
      idleKiB,
      loadedKiB,
      idleHeapMiB,
      loadedHeapMiB,
      perDraftKiB,
      draftsPerGiB: KIB_PER_GIB / perDraftKiB,
    };
  } finally {
    for (const client of clients) client.destroy();
  }
}
