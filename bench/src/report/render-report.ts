import { cpus, loadavg } from 'node:os';
import type { Plan } from '../plan.js';
import type { Subject } from '../servers/subject.js';
import type { Figures } from './figures.js';
import { renderTable, renderVerdict } from './render-table.js';
import { buildRows } from './rows.js';

export interface ReportInput {
  readonly subjects: readonly Subject[];
  readonly figures: readonly Figures[];
  readonly plan: Plan;
  /** The share of the machine's cores that other processes kept busy during the run. */
  readonly othersShare: number;
}

/** The whole report as Markdown: how it was measured, the table, details, and the verdict. */
export function renderReport({ subjects, figures, plan, othersShare }: ReportInput): string {
  const rows = buildRows(figures, plan);
  const { latency, throughput, coldSync, memory } = plan;
  return [
    '## Collaboration benchmark',
    '',
    `- Node ${process.version}, ${cpus().length} cores, ${plan.quick ? 'BENCH_QUICK smoke run (figures are not meaningful)' : 'full run'}; each server is its own child process on 127.0.0.1, the clients share the bench process (and its clock).`,
    `- Other processes kept ${percent(othersShare)} of the machine's cores busy during the run (load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(
        ' / ',
      )} at the end)${othersShare > 0.1 ? ': the figures, p99 above all, are disturbed by them' : ''}.`,
    ...subjects.map((subject) => `- ${subject.name} ${subject.durability}.`),
    `- Fan-out: one writer sets a Y.Map key ${latency.editsPerSecond} times a second for ${ms(latency.measureMs)} after a ${ms(latency.warmupMs)} warm-up; latency = when each other client observes it - when it was sent.`,
    `- Throughput: ${throughput.writers} writers append single characters to one Y.Text, each with at most ${throughput.inFlightPerWriter} updates not yet seen by an observer client; rate of distinct updates at the observer over ${ms(throughput.measureMs)} after a ${ms(throughput.warmupMs)} warm-up.`,
    `- Cold sync: ${coldSync.updates.toLocaleString('en-US')} single-character updates typed through the server, stored, server restarted (SIGTERM); connect to synced with the full text, median of ${coldSync.restarts} restart(s).`,
    `- RSS: one client per draft on ${memory.drafts.toLocaleString('en-US')} drafts, each typing "${memory.typed}" one character per update; (VmRSS ${ms(memory.settleMs)} after the last keystroke - VmRSS idle) / drafts.`,
    '',
    renderTable(
      rows,
      subjects.map((subject) => subject.name),
    ),
    '',
    ...details(subjects, figures),
    '',
    renderVerdict(rows),
    '',
  ].join('\n');
}

function details(subjects: readonly Subject[], figures: readonly Figures[]): string[] {
  const lines: string[] = [];
  subjects.forEach((subject, index) => {
    const figure = figures[index];
    if (figure === undefined) return;
    const parts: string[] = [];
    const samples = [...figure.latency.values()].flatMap((outcome) =>
      outcome.kind === 'measured'
        ? [
            `${outcome.value.samples}${outcome.value.missing > 0 ? ` (${outcome.value.missing} missing)` : ''}`,
          ]
        : [],
    );
    if (samples.length > 0) parts.push(`latency samples ${samples.join('/')}`);
    if (figure.throughput.kind === 'measured') {
      const { serverCpu, benchCpu } = figure.throughput.value;
      parts.push(
        `throughput window CPU: server ${percent(serverCpu)}, bench ${percent(benchCpu)} of a core`,
      );
    }
    if (figure.coldSync.kind === 'measured') {
      const { samples: syncs, writeMs, stored } = figure.coldSync.value;
      parts.push(
        `cold syncs ${syncs.map((sync) => sync.toFixed(0)).join(', ')} ms; typing the draft through it took ${(writeMs / 1000).toFixed(1)} s and left ${stored}`,
      );
    }
    if (figure.memory.kind === 'measured') {
      const { idleKiB, loadedKiB } = figure.memory.value;
      parts.push(`RSS idle ${mib(idleKiB)}, with the drafts open ${mib(loadedKiB)}`);
    }
    const failures = [
      figure.throughput,
      figure.coldSync,
      figure.memory,
      ...figure.latency.values(),
    ].filter((outcome) => outcome.kind === 'failed');
    for (const failure of failures) parts.push(`failed: ${failure.error}`);
    lines.push(`- ${subject.name}: ${parts.join('; ')}.`);
  });
  return lines;
}

function ms(value: number): string {
  return value >= 1000 ? `${value / 1000} s` : `${value} ms`;
}

function percent(share: number): string {
  return `${(share * 100).toFixed(0)}%`;
}

function mib(kib: number): string {
  return `${(kib / 1024).toFixed(1)} MiB`;
}
