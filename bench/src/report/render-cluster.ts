import type { ClusterFigures, SetupFigures } from '../cluster/measure-cluster.js';
import type { CpuShares } from '../cluster/cpu-window.js';
import type { ServerCounters } from '../cluster/server-counters.js';
import type { ClusterPlan } from '../plan.js';
import type { Outcome } from './figures.js';
import {
  clusterRows,
  soakRows,
  SOAK_RSS_FLAT_MIB_PER_MINUTE,
  type Judged,
} from './cluster-rows.js';

/** The multi-instance section: one instance against two, the soak, where the CPU went. */
export function renderCluster(figures: ClusterFigures, plan: ClusterPlan): string {
  if (figures.kind === 'skipped')
    return [
      '## Several instances (PostgreSQL + Redis)',
      '',
      `Skipped: ${figures.reason}. Start PostgreSQL and Redis (or set TEST_DATABASE_URL and TEST_REDIS_URL) to measure it.`,
      '',
    ].join('\n');
  const { one, two } = figures;
  const { latency, throughput, memory, soak } = plan;
  const compared = clusterRows(figures, plan);
  const soaked = soakRows(two.soak);
  return [
    '## Several instances (PostgreSQL + Redis)',
    '',
    '- Each topology on a fresh PostgreSQL database of its own and its own Redis prefix; instances are `apps/server/dist/main.js` child processes (what `npm start` runs), each with its own port; clients are split evenly across instances.',
    `- Fan-out: ${latency.clients} clients, client i on instance i mod n; the writer (on A) sets a Y.Map key ${latency.editsPerSecond} times a second for ${seconds(latency.measureMs)} after ${seconds(latency.warmupMs)}; with two instances, the goal is judged on the observers on B. Median of ${latency.rounds} round(s), the topologies taking turns.`,
    `- Throughput: ${throughput.drafts} drafts, ${throughput.writersPerDraft} paced writers each (at most ${throughput.inFlightPerWriter} unseen) and one observer per draft, the observer of draft d on instance d mod n; writers either spread over the instances (writer w on instance w mod n: every draft open on every instance, as without sticky sessions) or with their observer (each draft on one instance); distinct updates the observers received over ${seconds(throughput.measureMs)} after ${seconds(throughput.warmupMs)}. Median of ${throughput.rounds} round(s), the topologies taking turns.`,
    `- Open drafts: one client per draft on ${memory.drafts.toLocaleString('en-US')} drafts, draft i on instance i mod n, each typing "${memory.typed}"; 1 GiB / ((sum of instances' VmRSS - their idle VmRSS) / drafts).`,
    `- Soak: ${soak.clients} clients on ${soak.drafts} drafts for ${seconds(soak.durationMs)} on two instances, each client typing ${soak.charactersPerSecond} characters a second; then every client's text and the log's replay (read from PostgreSQL) must agree; VmRSS of each instance every ${seconds(soak.rssEveryMs)}, slope after ${seconds(soak.warmupMs)}.`,
    '',
    '| figure | better | one instance | two instances | two / one | goal |',
    '|---|---|---:|---:|---:|---|',
    ...compared.map((row) =>
      cellsOf([
        row.label,
        row.better,
        number(row.one, row.digits),
        number(row.two, row.digits),
        ratio(row),
        goalCell(row),
      ]),
    ),
    '',
    '| soak on two instances | measured | goal |',
    '|---|---:|---|',
    ...soaked.map((row) => cellsOf([row.label, number(row.two, row.digits), goalCell(row)])),
    '',
    ...details(one, two),
    '',
    verdict([...compared, ...soaked]),
    '',
    `RSS counts as flat when it grows by at most ${SOAK_RSS_FLAT_MIB_PER_MINUTE} MiB a minute after the warm-up: the drafts' own content grows too.`,
    '',
  ].join('\n');
}

function details(one: SetupFigures, two: SetupFigures): string[] {
  const lines: string[] = [];
  const cpu = (label: string, outcome: Outcome<{ readonly cpu: CpuShares }>, names: string) => {
    if (outcome.kind !== 'measured') return;
    lines.push(
      `- CPU ${label} (cores of ${outcome.value.cpu.cores}): ${describeCpu(outcome.value.cpu, names)}.`,
    );
  };
  cpu('in the throughput window, one instance', one.throughput.mixed, 'A');
  cpu('in the throughput window, two instances, every draft on both', two.throughput.mixed, 'AB');
  cpu(
    'in the throughput window, two instances, each draft on one',
    two.throughput['by-draft'],
    'AB',
  );
  cpu('over the soak', two.soak, 'AB');
  for (const setup of [one, two]) {
    if (setup.openDrafts.kind === 'measured') {
      const { idleKiB, loadedKiB, idleHeapMiB, loadedHeapMiB } = setup.openDrafts.value;
      lines.push(
        `- RSS with ${setup.instances} instance(s): idle ${idleKiB.map(mib).join(' + ')}, with the drafts open ${loadedKiB.map(mib).join(' + ')}; V8 heap after a full collection: idle ${idleHeapMiB.map((value) => `${value.toFixed(1)} MiB`).join(' + ')}, with the drafts open ${loadedHeapMiB.map((value) => `${value.toFixed(1)} MiB`).join(' + ')}.`,
      );
    }
    const { mixed, 'by-draft': byDraft } = setup.throughput;
    if (mixed.kind === 'measured' && byDraft.kind === 'measured')
      lines.push(
        `- Throughput rounds with ${setup.instances} instance(s), updates/s: every draft on every instance ${rates(mixed.value.rounds)}; each draft on one instance ${rates(byDraft.value.rounds)}.`,
        `  - the instances' /metrics over the median window, every draft on every instance: ${describeCounters(mixed.value.counters)}; each draft on one instance: ${describeCounters(byDraft.value.counters)}.`,
      );
    if (setup.latency.kind === 'measured') {
      const { local, remote, missing } = setup.latency.value;
      const remoteText =
        remote === undefined
          ? ''
          : `, on another instance p50 ${remote.p50.toFixed(2)} / p99 ${remote.p99.toFixed(2)} ms (${remote.samples} samples)`;
      lines.push(
        `- Fan-out with ${setup.instances} instance(s): on the writer's instance p50 ${local.p50.toFixed(2)} / p99 ${local.p99.toFixed(2)} ms (${local.samples} samples)${remoteText}${missing > 0 ? `; ${missing} edits never seen` : ''}; the judged p99 per round ${setup.latency.value.roundsP99.map((p99) => p99.toFixed(1)).join(', ')} ms.`,
      );
    }
  }
  if (two.soak.kind === 'measured') {
    const soak = two.soak.value;
    lines.push(
      `- Soak: ${soak.clients} clients typed ${soak.typed.toLocaleString('en-US')} characters; RSS ${soak.rss.map((track, index) => `${String.fromCharCode(65 + index)} ${track.first.toFixed(0)} -> ${track.last.toFixed(0)} MiB`).join(', ')}; the drafts' encoded state at the end: ${(soak.stateBytes / 1024).toFixed(0)} KiB in all; V8 heap after a full collection, before the soak and once its drafts closed: ${soak.retained.map((heap, index) => `${String.fromCharCode(65 + index)} ${heap.beforeMiB.toFixed(1)} -> ${heap.afterMiB.toFixed(1)} MiB`).join(', ')}.`,
    );
    for (const close of first(soak.unexpectedCloses)) lines.push(`  - unexpected close: ${close}`);
    for (const line of first(soak.errorLines))
      lines.push(`  - error logged: ${line.slice(0, 300)}`);
    for (const line of first(soak.disagreements)) lines.push(`  - ${line}`);
  }
  for (const setup of [one, two]) {
    for (const [what, outcome] of Object.entries({
      'fan-out': setup.latency,
      throughput: setup.throughput.mixed,
      'throughput by draft': setup.throughput['by-draft'],
      'open drafts': setup.openDrafts,
      soak: setup.soak,
    })) {
      if (outcome.kind === 'failed')
        lines.push(`- ${setup.instances} instance(s), ${what} failed: ${outcome.error}`);
    }
  }
  return lines;
}

function describeCounters(counters: ServerCounters): string {
  const { stored, commits, appliedFromRedis, logReads, eventsReadFromLog } = counters;
  const perCommit = commits > 0 ? (stored / commits).toFixed(1) : '—';
  return `${stored.toLocaleString('en-US')} updates stored in ${commits.toLocaleString('en-US')} commits (${perCommit} each), ${appliedFromRedis.toLocaleString('en-US')} batches applied from Redis, ${logReads.toLocaleString('en-US')} log reads bringing ${eventsReadFromLog.toLocaleString('en-US')} events`;
}

function rates(rounds: readonly number[]): string {
  return rounds.map((rate) => rate.toFixed(0)).join(', ');
}

function describeCpu(cpu: CpuShares, names: string): string {
  const parts = cpu.instances.map(
    (share, index) => `instance ${names[index] ?? index} ${share.toFixed(2)}`,
  );
  parts.push(
    `bench clients ${cpu.bench.toFixed(2)}`,
    `PostgreSQL backends of this database ${cpu.postgres.toFixed(2)} (at least: pools replace connections)`,
    `other processes ${cpu.others.toFixed(2)}`,
  );
  const total =
    cpu.instances.reduce((sum, share) => sum + share, 0) + cpu.bench + cpu.postgres + cpu.others;
  return `${parts.join(', ')}; machine ${((total / cpu.cores) * 100).toFixed(0)}% busy`;
}

function verdict(rows: readonly Judged[]): string {
  const judged = rows.filter((row) => row.goal !== undefined);
  const met = judged.filter((row) => row.met === true).map((row) => row.goal?.name);
  const missed = judged.filter((row) => row.met === false).map((row) => row.goal?.name);
  const unknown = judged.filter((row) => row.met === undefined).map((row) => row.goal?.name);
  const parts = [`Multi-instance goals met: ${met.length} of ${judged.length}`];
  if (met.length > 0) parts.push(`met: ${met.join('; ')}`);
  if (missed.length > 0) parts.push(`not met: ${missed.join('; ')}`);
  if (unknown.length > 0) parts.push(`not measured: ${unknown.join('; ')}`);
  return `${parts.join('. ')}.`;
}

function goalCell(row: Judged): string {
  if (row.goal === undefined) return '';
  return `${row.goal.text} ${row.met === undefined ? '?' : row.met ? '✓' : '✗'}`;
}

function ratio(row: Judged): string {
  return typeof row.one === 'number' && typeof row.two === 'number'
    ? (row.two / row.one).toFixed(2)
    : '—';
}

function number(cell: number | string | undefined, digits: number): string {
  if (typeof cell !== 'number') return cell ?? '—';
  return cell.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

function cellsOf(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function first<T>(items: readonly T[]): readonly T[] {
  return items.slice(0, 5);
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`;
}

function mib(kib: number): string {
  return `${(kib / 1024).toFixed(1)} MiB`;
}
