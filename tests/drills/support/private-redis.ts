import { spawn, type ChildProcess } from 'node:child_process';
import { exited, isRunning, stopChild } from './child-process.js';
import { freePort } from './free-port.js';
import type { Teardown } from './teardown.js';
import { tempFolder } from './temp-folder.js';

/** A redis-server of the drill's own, on a free port, keeping nothing on disk. */
export interface PrivateRedis {
  readonly url: string;
  /** SIGKILL: Redis vanishes with every connection and every message in flight. */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty. */
  start(): Promise<void>;
}

export async function startPrivateRedis(teardown: Teardown): Promise<PrivateRedis> {
  const folder = tempFolder(teardown, 'redis');
  const port = await freePort();
  let child: ChildProcess | undefined;
  const redis: PrivateRedis = {
    url: `redis://127.0.0.1:${port}`,
    async kill() {
      if (child !== undefined) await stopChild(child, 'SIGKILL');
    },
    async start() {
      if (child !== undefined && isRunning(child)) return;
      child = spawn(
        'redis-server',
        [
          '--port',
          String(port),
          '--bind',
          '127.0.0.1',
          '--save',
          '',
          '--appendonly',
          'no',
          '--dir',
          folder,
        ],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      await ready(child);
    },
  };
  await redis.start();
  teardown.add(redis, (started) => started.kill());
  return redis;
}

function ready(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      reject(new Error(`redis-server did not start within 10 s:\n${output}`));
    }, 10_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited(child).then(() => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited before it was ready:\n${output}`));
    });
  });
}
