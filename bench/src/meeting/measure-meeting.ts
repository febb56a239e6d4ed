import type { Plan } from '../plan.js';
import { attempt, type Outcome } from '../report/figures.js';
import { measureBusyDraft, type BusyDraftFigure } from '../scenarios/busy-draft.js';
import type { Subject } from '../servers/subject.js';
import { progress } from '../support/progress.js';
import { median } from '../support/stats.js';
import { tempFolder } from '../support/temp-folders.js';
import { openMeetingDraft } from './open-meeting-draft.js';

/** The busy-draft figures of one server: the median of its reps, and each rep. */
export interface MeetingFigure {
  readonly updatesPerSecond: number;
  readonly serverCpu: number;
  readonly documentBytes: number;
  readonly reps: readonly BusyDraftFigure[];
}

/**
 * The meeting's workload on every server, `plan.reps` times, the servers taking turns rep by
 * rep, each rep on a freshly started server (the draft as the meeting left it, not as the last
 * rep grew it). Ours goes first: the peers are seeded with the demo draft ours served.
 */
export async function measureMeeting(
  subjects: readonly Subject[],
  plan: Plan['meeting'],
): Promise<Outcome<MeetingFigure>[]> {
  const reps = subjects.map((): BusyDraftFigure[] => []);
  const failures = subjects.map((): string[] => []);
  let demoState: Uint8Array | undefined;
  for (let rep = 1; rep <= plan.reps; rep += 1) {
    for (const [index, subject] of subjects.entries()) {
      progress(`${subject.name}: ${plan.writers} writers on the meeting's draft, rep ${rep}`);
      const outcome = await attempt('meeting draft', async () => {
        const server = await subject.start(tempFolder('meeting'));
        try {
          const { draft, state } = await openMeetingDraft(subject, server, demoState);
          demoState ??= state;
          return await measureBusyDraft(draft, plan);
        } finally {
          await server.stop();
        }
      });
      if (outcome.kind === 'measured') reps[index]?.push(outcome.value);
      else if (outcome.kind === 'failed') failures[index]?.push(outcome.error);
    }
  }
  return subjects.map((_, index): Outcome<MeetingFigure> => {
    const measured = reps[index] ?? [];
    if (measured.length < plan.reps)
      return { kind: 'failed', error: failures[index]?.join(' / ') ?? 'not run' };
    return {
      kind: 'measured',
      value: {
        updatesPerSecond: median(measured.map((figure) => figure.updatesPerSecond)),
        serverCpu: median(measured.map((figure) => figure.serverCpu)),
        documentBytes: median(measured.map((figure) => figure.documentBytes)),
        reps: measured,
      },
    };
  });
}
