import type { TracesPlan } from '../plan.js';
import type { Subject } from '../servers/subject.js';
import type { TraceFigure, TraceResult } from '../traces/measure-traces.js';
import { TRACES_CREDIT } from '../traces/trace-file.js';
import {
  againstPeer,
  atMost,
  renderGoalTable,
  renderGoalVerdict,
  type GoalRow,
} from './goal-table.js';
import type { Cell } from './rows.js';

const MIB = 1024 * 1024;
/** Issue #17: the automerge-paper trace with every keystroke kept in at most 10 MiB. */
const DISK_GOAL_MIB = 10;

/** Real editing traces replayed through each server. */
export function renderTraces(
  subjects: readonly Subject[],
  results: readonly TraceResult[],
  { plan, quick }: { readonly plan: TracesPlan; readonly quick: boolean },
): string {
  const names = subjects.map((subject) => subject.name);
  const rows = results.flatMap((result) => traceRows(result, names));
  const described = results.map(
    ({ trace }) =>
      `${trace.name} (${trace.txns.length.toLocaleString('en-US')} transactions${trace.complete ? '' : ', cut short'}, ${trace.agents === 1 ? 'one writer' : `${trace.agents} writers at once`})`,
  );
  return [
    '## Real editing traces',
    '',
    `- ${quick ? 'BENCH_QUICK smoke run: the traces are cut short and the figures are not meaningful. ' : ''}Traces: ${described.join('; ')}. ${TRACES_CREDIT}.`,
    `- Each transaction is one Yjs update into one Y.Text, typed by its agent's client as fast as the server takes them: at most ${plan.inFlightPerWriter} per writer not yet seen by an observer client. With several writers, a client applies another's transaction only once the server has delivered it and one of its own transactions has it among its parents. The observer's text, and a fresh client's after a restart, must equal the trace's end (endContent), or the replay fails.`,
    `- Replay: first update sent to the observer holding everything. Server CPU: utime + stime of the server child (/proc) over the replay and until it had stored everything. Still persisting: after the observer held everything, until the server had stored it (ours: its last event's recorded_at; Hocuspocus: its store hook's last \`stored\` line, then ${plan.quietMs / 1000} s without another). Peak RSS: VmHWM of the child. On disk: its data folder once stopped, with the full history it keeps. Cold load: restart on that folder, a fresh client from connect to synced holding the whole text.`,
    `- Median of ${plan.reps} rep(s), each on a fresh server and folder, the servers taking turns rep by rep. ${subjects.map((subject) => `${subject.name} ${subject.durability}`).join('; ')}.`,
    '',
    renderGoalTable(rows, names),
    '',
    ...results.flatMap(({ trace, outcomes }) =>
      subjects.map(
        (subject, index) => `- ${trace.name}, ${subject.name}: ${repsOf(outcomes[index])}.`,
      ),
    ),
    '',
    renderGoalVerdict(rows),
    '',
  ].join('\n');
}

function traceRows({ trace, outcomes }: TraceResult, names: readonly string[]): GoalRow[] {
  const cells = (value: (figure: TraceFigure) => number | undefined): Cell[] =>
    outcomes.map((outcome) => {
      if (outcome.kind === 'failed') return 'failed';
      if (outcome.kind === 'not-applicable') return 'n/a';
      return value(outcome.value) ?? 'n/a';
    });
  // The issue's goals are for automerge-paper; "ours persists before broadcast" holds for both.
  const judged = trace.name === 'automerge-paper';
  const hocuspocus = (ratio: number, better: 'lower' | 'higher', name: string) =>
    judged ? { name, met: againstPeer(names, 'Hocuspocus', { ratio, better }) } : undefined;
  return [
    {
      label: `${trace.name}: replay through the server (s)`,
      better: 'lower',
      digits: 2,
      values: cells((figure) => figure.replaySeconds),
      ...optional(hocuspocus(1.25, 'lower', '≤ 1.25x Hocuspocus')),
    },
    {
      label: `${trace.name}: server CPU, replay and persistence (s)`,
      better: 'lower',
      digits: 2,
      values: cells((figure) => figure.serverCpuSeconds),
      ...optional(hocuspocus(1, 'lower', '≤ Hocuspocus')),
    },
    {
      label: `${trace.name}: still persisting after the last broadcast (s)`,
      better: 'lower',
      digits: 2,
      values: cells((figure) => figure.persistingSeconds),
      goal: { name: 'ours 0', met: atMost(0) },
    },
    {
      label: `${trace.name}: peak RSS (MiB)`,
      better: 'lower',
      digits: 0,
      values: cells((figure) => figure.peakRssMiB),
      ...optional(hocuspocus(1, 'lower', '≤ Hocuspocus')),
    },
    {
      label: `${trace.name}: on disk with full history (MiB)`,
      better: 'lower',
      digits: 2,
      values: cells((figure) =>
        figure.diskBytes === undefined ? undefined : figure.diskBytes / MIB,
      ),
      ...(judged ? { goal: { name: `≤ ${DISK_GOAL_MIB} MiB`, met: atMost(DISK_GOAL_MIB) } } : {}),
    },
    {
      label: `${trace.name}: cold load of the result (ms)`,
      better: 'lower',
      digits: 1,
      values: cells((figure) => figure.coldLoadMs),
      ...optional(hocuspocus(1, 'lower', '≤ Hocuspocus')),
    },
  ];
}

function optional(goal: GoalRow['goal']): { goal?: NonNullable<GoalRow['goal']> } {
  return goal === undefined ? {} : { goal };
}

function repsOf(outcome: TraceResult['outcomes'][number] | undefined): string {
  if (outcome === undefined) return 'not run';
  if (outcome.kind === 'failed') return `failed: ${outcome.error}`;
  if (outcome.kind === 'not-applicable') return outcome.reason;
  return outcome.value.reps
    .map((rep) => {
      const parts = [
        `${rep.replaySeconds.toFixed(2)} s`,
        `CPU ${rep.serverCpuSeconds.toFixed(2)} s`,
        `peak ${rep.peakRssMiB.toFixed(0)} MiB`,
      ];
      if (rep.persistingSeconds !== undefined)
        parts.push(`persisting ${rep.persistingSeconds.toFixed(2)} s after`);
      if (rep.diskBytes !== undefined) parts.push(`${(rep.diskBytes / MIB).toFixed(2)} MiB`);
      if (rep.coldLoadMs !== undefined) parts.push(`cold ${rep.coldLoadMs.toFixed(0)} ms`);
      return parts.join(', ');
    })
    .join('; ');
}
