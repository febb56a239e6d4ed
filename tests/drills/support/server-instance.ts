import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isRunning, stopChild } from './child-process.js';
import { freePort } from './free-port.js';
import type { Teardown } from './teardown.js';

const REPOSITORY = fileURLToPath(new URL('../../../', import.meta.url));
const SERVER_MAIN = 'apps/server/src/main.ts';
const KEPT_LOG_CHARS = 400_000;

export interface InstanceSettings {
  /** A label for logs and failure messages: "A", "B". */
  readonly name: string;
  readonly dataDir: string;
  /** PostgreSQL URL; without it the instance uses SQLite in `dataDir`. */
  readonly databaseUrl?: string;
  /** Turns on cross-instance fan-out. */
  readonly redisUrl?: string;
}

/** One Rapporteur server process, as `npm start` runs it: kill it, stop it, start it again. */
export interface ServerInstance {
  readonly name: string;
  /** http://127.0.0.1:port; the same port after a restart. */
  readonly url: string;
  readonly port: number;
  /** http://127.0.0.1:port of its /metrics (a port of their own, decision 27). */
  readonly metricsUrl: string;
  /** Everything it wrote on stdout and stderr, across restarts (the last 400 kB). */
  log(): string;
  /** Exits that nobody asked for (a crash), with their code or signal. */
  readonly crashes: readonly string[];
  running(): boolean;
  kill(signal: 'SIGKILL' | 'SIGTERM'): Promise<void>;
  restart(): Promise<void>;
}

export async function startInstance(
  teardown: Teardown,
  settings: InstanceSettings,
): Promise<ServerInstance> {
  let output = '';
  const crashes: string[] = [];
  // DRILL_LOGS=<folder> keeps each instance's whole output there, for reading after a failure.
  const logFile =
    process.env.DRILL_LOGS === undefined
      ? undefined
      : join(process.env.DRILL_LOGS, `instance-${settings.name}.log`);
  const append = (text: string): void => {
    output = (output + text).slice(-KEPT_LOG_CHARS);
    if (logFile !== undefined) appendFileSync(logFile, text);
  };
  let child: ChildProcess | undefined;
  let stopping = false;

  const metricsPort = await freePort();
  const launch = async (port: number): Promise<number> => {
    stopping = false;
    const started = spawn(process.execPath, ['--import', 'tsx', SERVER_MAIN], {
      cwd: REPOSITORY,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: settings.dataDir,
        DATABASE_URL: settings.databaseUrl ?? '',
        REDIS_URL: settings.redisUrl ?? '',
        METRICS_PORT: String(metricsPort),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    // This start's own output, apart from the kept log, to find the port it printed.
    let sinceStart = '';
    append(`--- instance ${settings.name} started on port ${port} ---\n`);
    const read = (chunk: Buffer): void => {
      if (sinceStart.length < 10_000) sinceStart += chunk.toString();
      append(chunk.toString());
    };
    started.stdout.on('data', read);
    started.stderr.on('data', read);
    started.once('exit', (code, signal) => {
      append(`--- instance ${settings.name} exited: ${signal ?? String(code)} ---\n`);
      if (!stopping) crashes.push(signal ?? `exit code ${String(code)}`);
    });
    return new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`Instance ${settings.name} did not start within 60 s:\n${output}`));
      }, 60_000);
      const poll = setInterval(() => {
        const listening = /http:\/\/localhost:(\d+)\//.exec(sinceStart)?.[1];
        if (listening !== undefined)
          finish(() => {
            resolve(Number(listening));
          });
        else if (!isRunning(started))
          finish(() => {
            reject(new Error(`Instance ${settings.name} exited:\n${output}`));
          });
      }, 20);
      const finish = (settle: () => void): void => {
        clearTimeout(timer);
        clearInterval(poll);
        settle();
      };
    });
  };

  const port = await launch(0);
  const instance: ServerInstance = {
    name: settings.name,
    url: `http://127.0.0.1:${port}`,
    port,
    metricsUrl: `http://127.0.0.1:${metricsPort}`,
    log: () => output,
    crashes,
    running: () => child !== undefined && isRunning(child),
    async kill(signal) {
      stopping = true;
      if (child !== undefined) await stopChild(child, signal);
    },
    async restart() {
      if (child !== undefined && isRunning(child)) await instance.kill('SIGTERM');
      await launch(port);
    },
  };
  teardown.add(instance, (started) => started.kill('SIGTERM'));
  return instance;
}
