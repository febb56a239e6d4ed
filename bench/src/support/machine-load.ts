import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

// /proc counts CPU time in clock ticks of 1/100 s (USER_HZ) on Linux.
const MS_PER_TICK = 10;

export interface CpuReading {
  readonly at: number;
  /** CPU time all processes of the machine have used, in milliseconds. */
  readonly machineMs: number;
  /** CPU time of this process and of its children that have ended, in milliseconds. */
  readonly benchMs: number;
}

export function readCpu(): CpuReading {
  const [, ...ticks] = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '')
    .trim()
    .split(/\s+/);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = ticks.map(Number);
  const self = readFileSync('/proc/self/stat', 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces: utime is 14th.
  const fields = self
    .slice(self.lastIndexOf(')') + 2)
    .split(' ')
    .map(Number);
  const ownTicks = (fields[11] ?? 0) + (fields[12] ?? 0) + (fields[13] ?? 0) + (fields[14] ?? 0);
  return {
    at: Date.now(),
    machineMs: (user + nice + system + irq + softirq + steal) * MS_PER_TICK,
    benchMs: ownTicks * MS_PER_TICK,
  };
}

/**
 * The share of the machine's cores that other processes kept busy between two readings, taken
 * once every child has ended: what disturbed the figures.
 */
export function othersShare(from: CpuReading, to: CpuReading): number {
  const others = to.machineMs - from.machineMs - (to.benchMs - from.benchMs);
  return Math.max(0, others) / ((to.at - from.at) * cpus().length);
}
