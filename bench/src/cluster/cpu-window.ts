import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { readCpu } from '../support/machine-load.js';
import { backendPids } from './bench-database.js';
import type { BenchCluster } from './bench-cluster.js';

// /proc counts CPU time in clock ticks of 1/100 s (USER_HZ) on Linux.
const MS_PER_TICK = 10;

/**
 * Where the machine's CPU went over a measuring window, in cores (1 = one core busy all the
 * time): each server instance, the bench's own process (every client), the PostgreSQL backends
 * serving this run's database, and everything else. With 2 cores, the sum says whether the
 * machine, rather than the server, was the limit.
 */
export interface CpuShares {
  readonly instances: readonly number[];
  readonly bench: number;
  readonly postgres: number;
  readonly others: number;
  readonly cores: number;
}

interface Reading {
  readonly at: number;
  readonly machineMs: number;
  readonly instancesMs: readonly number[];
  readonly benchMs: number;
  readonly postgresMs: ReadonlyMap<number, number>;
}

/** Starts a window; `end()` closes it and says where the CPU went. */
export async function openCpuWindow(
  cluster: BenchCluster,
  adminUrl: string,
): Promise<{ end(): Promise<CpuShares> }> {
  const database = cluster.database.name;
  const read = (pids: readonly number[]): Reading => {
    const bench = process.cpuUsage();
    return {
      at: Date.now(),
      machineMs: readCpu().machineMs,
      instancesMs: cluster.instances.map((instance) => instance.cpuMs()),
      benchMs: (bench.user + bench.system) / 1000,
      postgresMs: new Map(pids.flatMap((pid) => processCpuMs(pid))),
    };
  };
  const from = read(await backendPids(adminUrl, database).catch(() => []));
  return {
    async end() {
      // Pools open and close connections as load comes and goes: a backend that connected
      // during the window counts whole; one that left before the end is missed.
      const to = read(await backendPids(adminUrl, database).catch(() => []));
      const elapsed = to.at - from.at;
      const share = (ms: number): number => Math.max(0, ms) / elapsed;
      const instances = to.instancesMs.map((ms, index) =>
        share(ms - (from.instancesMs[index] ?? ms)),
      );
      let postgresMs = 0;
      for (const [pid, ms] of to.postgresMs) postgresMs += ms - (from.postgresMs.get(pid) ?? 0);
      const bench = share(to.benchMs - from.benchMs);
      const postgres = share(postgresMs);
      const total = share(to.machineMs - from.machineMs);
      const known = instances.reduce((sum, value) => sum + value, 0) + bench + postgres;
      return {
        instances,
        bench,
        postgres,
        others: Math.max(0, total - known),
        cores: cpus().length,
      };
    },
  };
}

/** [pid, CPU ms] of a local process, or nothing when it is gone or on another machine. */
function processCpuMs(pid: number): [number, number][] {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return [[pid, (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK]];
  } catch {
    return [];
  }
}
