import type { ServerProcess } from '../servers/server-process.js';

/**
 * What the instances' own /metrics say they did: how many updates they stored, in how many
 * group commits, how many they applied from the other instance over Redis, and how often they
 * read the log instead (a gap, or a commit that found the other instance's events ahead).
 */
export interface ServerCounters {
  readonly stored: number;
  readonly commits: number;
  readonly appliedFromRedis: number;
  readonly logReads: number;
  readonly eventsReadFromLog: number;
}

const SERIES: Readonly<Record<keyof ServerCounters, string>> = {
  stored: 'rapporteur_draft_updates_total',
  commits: 'rapporteur_commit_batch_size_count',
  appliedFromRedis: 'rapporteur_fanout_lag_seconds_count',
  logReads: 'rapporteur_gap_repairs_total',
  eventsReadFromLog: 'rapporteur_gap_repair_events_total',
};

/** The counters of every instance added up; zeros for a series an instance does not expose. */
export async function readServerCounters(
  instances: readonly ServerProcess[],
): Promise<ServerCounters> {
  const texts = await Promise.all(
    instances.map(async (instance) => {
      const response = await fetch(
        `http://127.0.0.1:${instance.metricsPort ?? instance.port}/metrics`,
      );
      return response.text();
    }),
  );
  const total = (series: string): number =>
    texts.reduce((sum, text) => sum + seriesValue(text, series), 0);
  return {
    stored: total(SERIES.stored),
    commits: total(SERIES.commits),
    appliedFromRedis: total(SERIES.appliedFromRedis),
    logReads: total(SERIES.logReads),
    eventsReadFromLog: total(SERIES.eventsReadFromLog),
  };
}

/** `to - from`, series by series. */
export function counterDelta(from: ServerCounters, to: ServerCounters): ServerCounters {
  return {
    stored: to.stored - from.stored,
    commits: to.commits - from.commits,
    appliedFromRedis: to.appliedFromRedis - from.appliedFromRedis,
    logReads: to.logReads - from.logReads,
    eventsReadFromLog: to.eventsReadFromLog - from.eventsReadFromLog,
  };
}

/** The sum of a series over its labels, in Prometheus text exposition. */
function seriesValue(text: string, series: string): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(series)) continue;
    const rest = line.slice(series.length);
    if (rest[0] !== ' ' && rest[0] !== '{') continue;
    const value = Number(rest.slice(rest.lastIndexOf(' ') + 1));
    if (Number.isFinite(value)) sum += value;
  }
  return sum;
}
