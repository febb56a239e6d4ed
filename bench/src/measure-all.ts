import type { Plan } from './plan.js';
import { attempt, type Figures, type Outcome } from './report/figures.js';
import { measureColdSync, type ColdSyncFigure } from './scenarios/cold-sync.js';
import {
  latencyDraft,
  measureFanOutLatency,
  type LatencyFigure,
} from './scenarios/fan-out-latency.js';
import { measureMemoryPerDraft, type MemoryFigure } from './scenarios/memory-per-draft.js';
import {
  measureThroughput,
  THROUGHPUT_DRAFT,
  type ThroughputFigure,
} from './scenarios/throughput.js';
import type { Subject, Target } from './servers/subject.js';
import { tempFolder } from './support/temp-folders.js';
import { progress } from './support/progress.js';

interface Sessions {
  readonly latency: Map<number, Outcome<LatencyFigure>>;
  throughput: Outcome<ThroughputFigure>;
}

const NOT_RUN = { kind: 'failed', error: 'not run' } as const;

/**
 * Every scenario on every server. The servers take turns scenario by scenario (and, for the
 * live figures, client count by client count), so that whatever else the machine does
 * meanwhile is spread over them rather than landing on one.
 */
export async function measureAll(subjects: readonly Subject[], plan: Plan): Promise<Figures[]> {
  const sessions = await measureSessions(subjects, plan);
  const coldSyncs: Outcome<ColdSyncFigure>[] = [];
  for (const subject of subjects) {
    if (!subject.persists) {
      coldSyncs.push({ kind: 'not-applicable', reason: 'no persistence' });
      continue;
    }
    progress(`${subject.name}: cold sync of ${plan.coldSync.updates} updates`);
    coldSyncs.push(
      await attempt('cold sync', () => measureColdSync(subject, tempFolder('cold'), plan.coldSync)),
    );
  }
  const memories: Outcome<MemoryFigure>[] = [];
  for (const subject of subjects) {
    progress(`${subject.name}: RSS with ${plan.memory.drafts} open drafts`);
    memories.push(
      await attempt('memory', () => measureMemoryPerDraft(subject, tempFolder('rss'), plan.memory)),
    );
  }
  return subjects.map((_, index) => ({
    latency: sessions[index]?.latency ?? new Map(),
    throughput: sessions[index]?.throughput ?? NOT_RUN,
    coldSync: coldSyncs[index] ?? NOT_RUN,
    memory: memories[index] ?? NOT_RUN,
  }));
}

/** Fan-out latency at each client count, then throughput, with every server running. */
async function measureSessions(subjects: readonly Subject[], plan: Plan): Promise<Sessions[]> {
  const sessions = subjects.map((): Sessions => ({ latency: new Map(), throughput: NOT_RUN }));
  const targets: (Target | undefined)[] = [];
  const drafts = [...plan.latency.clientCounts.map(latencyDraft), THROUGHPUT_DRAFT];
  try {
    for (const subject of subjects) {
      progress(`${subject.name}: starting for fan-out and throughput`);
      const target = await attempt('start', () => openTarget(subject, drafts));
      targets.push(target.kind === 'measured' ? target.value : undefined);
    }
    for (const clients of plan.latency.clientCounts) {
      for (const [index, subject] of subjects.entries()) {
        const target = targets[index];
        if (target === undefined) continue;
        progress(`${subject.name}: fan-out latency with ${clients} clients`);
        const figure = await attempt('fan-out', () =>
          measureFanOutLatency(target, { clients, plan: plan.latency }),
        );
        sessions[index]?.latency.set(clients, figure);
      }
    }
    for (const [index, subject] of subjects.entries()) {
      const target = targets[index];
      const session = sessions[index];
      if (target === undefined || session === undefined) continue;
      progress(`${subject.name}: throughput with ${plan.throughput.writers} writers`);
      session.throughput = await attempt('throughput', () =>
        measureThroughput(target, plan.throughput),
      );
    }
  } finally {
    await Promise.all(targets.map((target) => target?.server.stop() ?? Promise.resolve()));
  }
  return sessions;
}

async function openTarget(subject: Subject, drafts: readonly string[]): Promise<Target> {
  const server = await subject.start(tempFolder('live'));
  try {
    return { server, drafts: await subject.createDrafts(server, drafts) };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
