import type { ServerProcess } from './server-process.js';

/** The stages of our commit pipeline, as its /metrics name them (`COMMIT_STAGES` of collab). */
const STAGES = ['receive', 'check', 'trial', 'append', 'apply', 'broadcast', 'acknowledge'];

/** Seconds our server spent in each commit stage so far, and the updates it stored. */
export interface CommitStages {
  readonly seconds: ReadonlyMap<string, number>;
  readonly updates: number;
}

/**
 * Reads `rapporteur_commit_stage_seconds_total` and `rapporteur_draft_updates_total` off our
 * server's metrics port; undefined for a server without one (the peers).
 */
export async function readCommitStages(server: ServerProcess): Promise<CommitStages | undefined> {
  if (server.metricsPort === undefined) return undefined;
  const text = await (await fetch(`http://127.0.0.1:${server.metricsPort}/metrics`)).text();
  const seconds = new Map<string, number>();
  let updates = 0;
  for (const line of text.split('\n')) {
    const stage = /^rapporteur_commit_stage_seconds_total\{stage="(\w+)"\} (\S+)$/.exec(line);
    if (stage !== null) seconds.set(stage[1] as string, Number(stage[2]));
    const stored = /^rapporteur_draft_updates_total (\S+)$/.exec(line);
    if (stored !== null) updates = Number(stored[1]);
  }
  return { seconds, updates };
}

/** Microseconds per stored update in each stage between two readings, in pipeline order. */
export function microsPerUpdate(
  from: CommitStages,
  to: CommitStages,
): readonly { readonly stage: string; readonly micros: number }[] {
  const updates = to.updates - from.updates;
  if (updates <= 0) return [];
  return STAGES.map((stage) => ({
    stage,
    micros: (((to.seconds.get(stage) ?? 0) - (from.seconds.get(stage) ?? 0)) * 1e6) / updates,
  }));
}
