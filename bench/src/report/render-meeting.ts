import type { BusyDraftFigure } from '../scenarios/busy-draft.js';
import type { MeetingFigure } from '../meeting/measure-meeting.js';
import type { Plan } from '../plan.js';
import type { Subject } from '../servers/subject.js';
import type { Outcome } from './figures.js';
import { againstPeer, renderGoalTable, renderGoalVerdict, type GoalRow } from './goal-table.js';
import type { Cell } from './rows.js';

/** The meeting's workload: many writers on one draft that holds the imported summary. */
export function renderMeeting(
  subjects: readonly Subject[],
  outcomes: readonly Outcome<MeetingFigure>[],
  { plan, quick }: { readonly plan: Plan['meeting']; readonly quick: boolean },
): string {
  const names = subjects.map((subject) => subject.name);
  const cells = (value: (figure: MeetingFigure) => number): Cell[] =>
    outcomes.map((outcome) =>
      outcome.kind === 'measured'
        ? value(outcome.value)
        : outcome.kind === 'failed'
          ? 'failed'
          : 'n/a',
    );
  const rows: GoalRow[] = [
    {
      label: `sustained updates/s, ${plan.writers} writers on the meeting's draft, one observer`,
      better: 'higher',
      digits: 0,
      values: cells((figure) => figure.updatesPerSecond),
      goal: {
        name: '≥ Hocuspocus',
        met: againstPeer(names, 'Hocuspocus', { ratio: 1, better: 'higher' }),
      },
    },
    {
      label: 'server CPU during that window (% of one core)',
      better: 'lower',
      digits: 0,
      values: cells((figure) => figure.serverCpu * 100),
    },
    {
      label: "the draft's encoded state before the run (KiB)",
      better: 'lower',
      digits: 1,
      values: cells((figure) => figure.documentBytes / 1024),
    },
  ];
  return [
    "## The meeting's workload: one busy draft",
    '',
    `- ${quick ? 'BENCH_QUICK smoke run (figures are not meaningful); ' : ''}${plan.writers} writers on the demo meeting's draft, which holds the imported CWG-WSIS&SDG 34 summary (ours: \`/collab/demo\` with the demo chair's API token; each peer's room gets the same Yjs state from a seeding client first, so all three serve a document of the same size: the third line). Each writer appends single characters to a Y.Text of its own, with at most ${plan.inFlightPerWriter} updates the observer has not seen (acknowledged = seen by the observer); updates/s the observer received over ${seconds(plan.measureMs)} after ${seconds(plan.warmupMs)}; the server child's CPU (utime + stime from /proc) over the same window.`,
    `- Median of ${plan.reps} rep(s), each on a freshly started server, the servers taking turns rep by rep.`,
    '',
    renderGoalTable(rows, names),
    '',
    ...subjects.map((subject, index) => `- ${subject.name}: ${repsOf(outcomes[index])}.`),
    '',
    renderGoalVerdict(rows),
    '',
  ].join('\n');
}

function repsOf(outcome: Outcome<MeetingFigure> | undefined): string {
  if (outcome === undefined) return 'not run';
  if (outcome.kind === 'failed') return `failed: ${outcome.error}`;
  if (outcome.kind === 'not-applicable') return outcome.reason;
  return outcome.value.reps
    .map(
      (rep) =>
        `${rep.updatesPerSecond.toFixed(0)} updates/s at ${(rep.serverCpu * 100).toFixed(0)}% server CPU (bench ${(rep.benchCpu * 100).toFixed(0)}%)${stagesOf(rep)}`,
    )
    .join('; ');
}

/** Where each stored update's time went in our commit pipeline (wall time: `append` includes the fsync). */
function stagesOf(rep: BusyDraftFigure): string {
  if (rep.stages.length === 0) return '';
  const stages = rep.stages.map(({ stage, micros }) => `${stage} ${micros.toFixed(1)}`).join(', ');
  return ` [µs per update by stage: ${stages}]`;
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`;
}
