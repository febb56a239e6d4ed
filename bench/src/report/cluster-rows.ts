import type { ClusterFigures } from '../cluster/measure-cluster.js';
import type { SoakFigure } from '../cluster/scenarios/soak.js';
import type { ClusterPlan } from '../plan.js';
import type { Outcome } from './figures.js';

/** Growth of an instance's RSS after the soak's warm-up that still counts as flat. */
export const SOAK_RSS_FLAT_MIB_PER_MINUTE = 4;
/**
 * V8 heap an instance may keep, after a full collection, once the soak's drafts have closed,
 * over what it kept before they opened: caches of the meetings and metrics, nothing per update
 * (4 MiB is under 50 bytes a typed character of a 5-minute soak).
 */
export const SOAK_RETAINED_MIB = 4;

type Cell = number | 'n/a' | 'failed';

/** A line of the multi-instance tables, with its goal and whether it is met. */
export interface Judged {
  readonly label: string;
  readonly better: 'lower' | 'higher';
  readonly digits: number;
  readonly one?: Cell;
  readonly two: Cell;
  readonly goal?: { readonly text: string; readonly name: string };
  readonly met?: boolean;
}

/** One instance against two: fan-out, throughput, drafts per GiB. */
export function clusterRows(
  figures: Extract<ClusterFigures, { kind: 'measured' }>,
  plan: ClusterPlan,
): Judged[] {
  const { one, two } = figures;
  const clients = plan.latency.clients;
  const oneP99 = cell(one.latency, (value) => value.all.p99);
  const remoteP99 = cell(two.latency, (value) => value.remote?.p99 ?? Number.NaN);
  // The goal is judged as infra/nginx.conf places sockets: a draft's on one instance (decision
  // 22). Every draft on every instance is what a balancer blind to the draft would do.
  const oneRate = cell(one.throughput['by-draft'], (value) => value.updatesPerSecond);
  const twoRate = cell(two.throughput['by-draft'], (value) => value.updatesPerSecond);
  const everywhere = {
    one: cell(one.throughput.mixed, (value) => value.updatesPerSecond),
    two: cell(two.throughput.mixed, (value) => value.updatesPerSecond),
  };
  return [
    {
      label: `fan-out latency p50, ${clients} clients, every observer (ms)`,
      better: 'lower',
      digits: 2,
      one: cell(one.latency, (value) => value.all.p50),
      two: cell(two.latency, (value) => value.all.p50),
    },
    {
      label: `fan-out latency p99, ${clients} clients, every observer (ms)`,
      better: 'lower',
      digits: 2,
      one: oneP99,
      two: cell(two.latency, (value) => value.all.p99),
    },
    {
      label: `fan-out latency p99, observers on the other instance (ms)`,
      better: 'lower',
      digits: 2,
      one: oneP99,
      two: remoteP99,
      goal: { text: '≤ 2.00x one', name: 'cross-instance fan-out p99 within 2x one instance' },
      ...judge(oneP99, remoteP99, (a, b) => b <= 2 * a),
    },
    {
      label: `sustained accepted updates/s, ${plan.throughput.drafts} drafts x ${plan.throughput.writersPerDraft} writers, each draft's clients on one instance (as the proxy routes them)`,
      better: 'higher',
      digits: 0,
      one: oneRate,
      two: twoRate,
      goal: { text: '≥ 1.50x one', name: 'throughput on two instances at least 1.5x one' },
      ...judge(oneRate, twoRate, (a, b) => b >= 1.5 * a),
    },
    {
      label: `sustained accepted updates/s, ${plan.throughput.drafts} drafts, every draft on every instance (a balancer blind to drafts)`,
      better: 'higher',
      digits: 0,
      ...everywhere,
    },
    {
      label: `open drafts per GiB of V8 heap after a full collection, ${plan.memory.drafts.toLocaleString('en-US')} drafts`,
      better: 'higher',
      digits: 0,
      one: cell(one.openDrafts, (value) => value.draftsPerGiB),
      two: cell(two.openDrafts, (value) => value.draftsPerGiB),
    },
  ];
}

/** The soak's lines: each must be zero, or flat. */
export function soakRows(soak: Outcome<SoakFigure>): Judged[] {
  const zero = (label: string, name: string, count: (figure: SoakFigure) => number): Judged => {
    const two = cell(soak, count);
    return {
      label,
      better: 'lower',
      digits: 0,
      two,
      goal: { text: '= 0', name },
      ...(typeof two === 'number' ? { met: two === 0 } : {}),
    };
  };
  const rows = [
    zero(
      'unexpected socket closes',
      'soak: no unexpected socket close',
      (f) => f.unexpectedCloses.length,
    ),
    zero('error-level log lines', 'soak: no error logged', (f) => f.errorLines.length),
    zero('typed characters missing from the log', 'soak: no lost update', (f) => f.lostUpdates),
    zero(
      'drafts whose clients and log replay disagree',
      'soak: clients and log agree',
      (f) => f.disagreements.length,
    ),
  ];
  const instances = soak.kind === 'measured' ? soak.value.rss.length : 2;
  for (let index = 0; index < instances; index += 1) {
    const name = String.fromCharCode(65 + index);
    const two = cell(soak, (figure) => figure.rss[index]?.mibPerMinute ?? Number.NaN);
    rows.push({
      label: `V8 heap used slope after warm-up, instance ${name} (MiB/min)`,
      better: 'lower',
      digits: 2,
      two: cell(soak, (figure) => figure.rss[index]?.heapMibPerMinute ?? Number.NaN),
    });
    const retained = cell(soak, (figure) => {
      const heap = figure.retained[index];
      return heap === undefined ? Number.NaN : heap.afterMiB - heap.beforeMiB;
    });
    rows.push({
      label: `V8 heap kept once the drafts closed, after a full collection, instance ${name} (MiB)`,
      better: 'lower',
      digits: 2,
      two: retained,
      goal: { text: `≤ ${SOAK_RETAINED_MIB}`, name: `soak: nothing kept by ${name}` },
      ...(typeof retained === 'number' && !Number.isNaN(retained)
        ? { met: retained <= SOAK_RETAINED_MIB }
        : {}),
    });
    rows.push({
      label: `RSS slope after warm-up, instance ${name} (MiB/min)`,
      better: 'lower',
      digits: 2,
      two,
      goal: { text: `≤ ${SOAK_RSS_FLAT_MIB_PER_MINUTE}`, name: `soak: RSS of ${name} flat` },
      ...(typeof two === 'number' && !Number.isNaN(two)
        ? { met: two <= SOAK_RSS_FLAT_MIB_PER_MINUTE }
        : {}),
    });
  }
  return rows;
}

function cell<T>(outcome: Outcome<T>, value: (measured: T) => number): Cell {
  if (outcome.kind === 'failed') return 'failed';
  if (outcome.kind === 'not-applicable') return 'n/a';
  return value(outcome.value);
}

function judge(
  one: Cell,
  two: Cell,
  holds: (one: number, two: number) => boolean,
): { met?: boolean } {
  if (typeof one !== 'number' || typeof two !== 'number' || Number.isNaN(one) || Number.isNaN(two))
    return {};
  return { met: holds(one, two) };
}
