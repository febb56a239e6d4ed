import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER_MAIN = fileURLToPath(new URL('../../../apps/server/src/main.ts', import.meta.url));

/** A Rapporteur server in its own process, as `npm start` runs it, on a free port. */
export interface RapporteurProcess {
  readonly url: string;
  readonly dataDir: string;
  /** The demo accounts' passwords, as printed on the first start of this data folder. */
  readonly demo: ReadonlyMap<string, { email: string; password: string }>;
  /**
   * The one-time setup code it printed while no administrator existed (decision 26), read off
   * its output as the person who started it reads it; undefined once one exists.
   */
  readonly setupCode: string | undefined;
  /** Everything it printed up to the line that says where it runs. */
  readonly startOutput: string;
  /** Stops it with SIGTERM (a clean shutdown) and waits for the process to end. */
  stop(): Promise<void>;
  /** Stops it and removes its data folder. */
  destroy(): Promise<void>;
}

export async function startRapporteur(
  options: { dataDir?: string; port?: number; env?: Record<string, string> } = {},
): Promise<RapporteurProcess> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'rapporteur-e2e-'));
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER_MAIN], {
    env: {
      ...process.env,
      PORT: String(options.port ?? 0),
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`The server did not start within 60 s:\n${output}`));
    }, 60_000);
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      const port = /http:\/\/localhost:(\d+)\//.exec(output)?.[1];
      if (port !== undefined) {
        clearTimeout(timer);
        resolve(`http://localhost:${port}`);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited with code ${String(code)}:\n${output}`));
    });
  });
  const stop = () => stopProcess(child);
  const demo = new Map<string, { email: string; password: string }>();
  for (const [, role, email, password] of output.matchAll(
    /^ {2}(chair|vice-chair|secretariat|delegate) +(\S+@demo\.rapporteur) +(\S+)$/gm,
  )) {
    if (role !== undefined && email !== undefined && password !== undefined)
      demo.set(role, { email, password });
  }
  return {
    url,
    dataDir,
    demo,
    setupCode: /^ {2}setup code: ([0-9A-Z-]+)$/m.exec(output)?.[1],
    startOutput: output,
    stop,
    async destroy() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
