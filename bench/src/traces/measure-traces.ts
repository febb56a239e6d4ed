import type { TracesPlan } from '../plan.js';
import { attempt, type Outcome } from '../report/figures.js';
import { replayTrace, type TraceReplayFigure } from '../scenarios/trace-replay.js';
import type { Subject } from '../servers/subject.js';
import { progress } from '../support/progress.js';
import { median } from '../support/stats.js';
import { tempFolder } from '../support/temp-folders.js';
import { replayLocally } from './expected-text.js';
import { loadTrace, type Trace } from './trace-file.js';
import { expectedText } from './expected-text.js';

/** automerge-paper by one writer; friendsforever by two at once. */
export const TRACE_NAMES = ['automerge-paper', 'friendsforever'] as const;

/** Medians of a server's reps, figure by figure (undefined: the server stores nothing). */
export type TraceFigure = { readonly [K in keyof TraceReplayFigure]: TraceReplayFigure[K] } & {
  readonly reps: readonly TraceReplayFigure[];
};

export interface TraceResult {
  readonly trace: Trace;
  /** One per subject, in the subjects' order. */
  readonly outcomes: readonly Outcome<TraceFigure>[];
}

/**
 * Each trace through every server, `plan.reps` times, the servers taking turns rep by rep,
 * each replay on a freshly started server and folder.
 */
export async function measureTraces(
  subjects: readonly Subject[],
  plan: TracesPlan,
): Promise<TraceResult[]> {
  const results: TraceResult[] = [];
  for (const name of TRACE_NAMES) {
    const trace = loadTrace(name, plan.txnLimit);
    checkReplayOrder(trace);
    const expected = expectedText(trace);
    const reps = subjects.map((): TraceReplayFigure[] => []);
    const failures = subjects.map((): string[] => []);
    for (let rep = 1; rep <= plan.reps; rep += 1) {
      for (const [index, subject] of subjects.entries()) {
        progress(`${subject.name}: ${name} (${trace.txns.length} transactions), rep ${rep}`);
        const outcome = await attempt(name, () =>
          replayTrace(subject, { trace, expected, plan }, tempFolder('trace')),
        );
        if (outcome.kind === 'measured') reps[index]?.push(outcome.value);
        else if (outcome.kind === 'failed') failures[index]?.push(outcome.error);
      }
    }
    const outcomes = subjects.map((_, index): Outcome<TraceFigure> => {
      const measured = reps[index] ?? [];
      if (measured.length < plan.reps)
        return { kind: 'failed', error: failures[index]?.join(' / ') ?? 'not run' };
      return { kind: 'measured', value: medians(measured) };
    });
    results.push({ trace, outcomes });
  }
  return results;
}

/**
 * With several agents, the replay's order must reproduce the file's endContent without any
 * server: otherwise a server would be blamed for the replay's own mistake.
 */
function checkReplayOrder(trace: Trace): void {
  if (trace.agents === 1 || trace.endContent === undefined) return;
  if (replayLocally(trace) !== trace.endContent)
    throw new Error(`Replayed without a server, ${trace.name} does not end with its endContent.`);
}

function medians(reps: readonly TraceReplayFigure[]): TraceFigure {
  const of = (pick: (figure: TraceReplayFigure) => number | undefined): number | undefined => {
    const values = reps.map(pick).filter((value): value is number => value !== undefined);
    return values.length === 0 ? undefined : median(values);
  };
  return {
    replaySeconds: of((figure) => figure.replaySeconds) ?? Number.NaN,
    serverCpuSeconds: of((figure) => figure.serverCpuSeconds) ?? Number.NaN,
    persistingSeconds: of((figure) => figure.persistingSeconds),
    peakRssMiB: of((figure) => figure.peakRssMiB) ?? Number.NaN,
    diskBytes: of((figure) => figure.diskBytes),
    coldLoadMs: of((figure) => figure.coldLoadMs),
    reps,
  };
}
