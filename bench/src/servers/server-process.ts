import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { within } from '../support/wait.js';

/** A server under test, running as a child process of the bench. */
export interface ServerProcess {
  readonly pid: number;
  readonly port: number;
  /** Where its /metrics is served, when it serves them on a port of their own (Rapporteur). */
  readonly metricsPort?: number;
  /** The resident set size of the child, from /proc/<pid>/status, in KiB. */
  rssKiB(): number;
  /** The child's peak resident set size so far (VmHWM in /proc/<pid>/status), in KiB. */
  peakRssKiB(): number;
  /** CPU time the child has used so far (user + system), in milliseconds. */
  cpuMs(): number;
  /** Resolves at the next output line (stdout or stderr) that matches. */
  nextLine(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Calls `listener` with each later output line that matches, and the time it came; stops when called. */
  watchLines(pattern: RegExp, listener: (line: string, at: number) => void): () => void;
  /** The last lines the child printed, for error messages. */
  recentOutput(): string;
  /** SIGTERM, then waits for the exit (SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
}

export interface SpawnOptions {
  readonly label: string;
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  readonly cwd: string;
  /** The output line that says the server accepts connections. */
  readonly ready: RegExp;
  readonly port: number;
  readonly metricsPort?: number;
  /** Sees every output line of the child, for as long as it runs. */
  readonly onLine?: (line: string) => void;
}

const running = new Set<ChildProcess>();

/** Kills every child still running; synchronous, so it also runs in an exit handler. */
export function killServers(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

/** A port that was free a moment ago, on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => {
        resolve(port);
      });
    });
  });
}

/** Starts `node <args>` and resolves once it printed its ready line. */
export async function spawnServer(options: SpawnOptions): Promise<ServerProcess> {
  // Only what the server needs: an inherited DATABASE_URL would move ours to PostgreSQL.
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env };
  const child = spawn(process.execPath, options.args, {
    cwd: options.cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      running.delete(child);
      resolve();
    }),
  );
  const waiters = new Set<{ pattern: RegExp; resolve: (line: string) => void }>();
  const recent: string[] = [];
  const watchers = new Set<{ pattern: RegExp; listener: (line: string, at: number) => void }>();
  const onLine = (line: string): void => {
    recent.push(line);
    if (recent.length > 40) recent.shift();
    options.onLine?.(line);
    for (const watcher of watchers) {
      if (watcher.pattern.test(line)) watcher.listener(line, performance.now());
    }
    for (const waiter of waiters) {
      if (!waiter.pattern.test(line)) continue;
      waiters.delete(waiter);
      waiter.resolve(line);
    }
  };
  // Both pipes are read to the end: a full pipe would block the child.
  for (const stream of [child.stdout, child.stderr]) {
    let partial = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) onLine(line);
    });
  }
  const nextLine = (pattern: RegExp, timeoutMs = 30_000): Promise<string> => {
    const line = new Promise<string>((resolve, reject) => {
      waiters.add({ pattern, resolve });
      void exited.then(() => {
        reject(
          new Error(
            `${options.label} exited (code ${String(child.exitCode)}):\n${recent.join('\n')}`,
          ),
        );
      });
    });
    return within(line, `${options.label} to print ${String(pattern)}`, timeoutMs);
  };
  try {
    await nextLine(options.ready);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${options.label} has no process id.`);
  return {
    pid,
    port: options.port,
    ...(options.metricsPort === undefined ? {} : { metricsPort: options.metricsPort }),
    rssKiB: () => readStatusKiB(pid, 'VmRSS'),
    peakRssKiB: () => readStatusKiB(pid, 'VmHWM'),
    watchLines(pattern, listener) {
      const watcher = { pattern, listener };
      watchers.add(watcher);
      return () => watchers.delete(watcher);
    },
    cpuMs: () => readCpuMs(pid),
    recentOutput: () => recent.join('\n'),
    nextLine,
    async stop(graceMs = 30_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

function readStatusKiB(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB$`, 'm').exec(status);
  if (match?.[1] === undefined) throw new Error(`No ${field} in /proc/${pid}/status.`);
  return Number(match[1]);
}

// /proc/<pid>/stat counts in clock ticks of 1/100 s (USER_HZ) on Linux.
const MS_PER_TICK = 10;

function readCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
}
