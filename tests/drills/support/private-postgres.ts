import { chownSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './child-process.js';
import { freePort } from './free-port.js';
import type { Teardown } from './teardown.js';
import { tempFolder } from './temp-folder.js';

const BIN = '/usr/lib/postgresql/15/bin';
// PostgreSQL refuses to run as root, and tests run as root: its binaries run as `postgres`.
const AS_POSTGRES = ['-u', 'postgres', '--'];

/** A PostgreSQL cluster of the drill's own, on a free port in a temp folder: stop it at will. */
export interface PrivatePostgres {
  readonly url: string;
  /** A fast shutdown (`pg_ctl stop -m fast`): open sessions are ended, as in a database restart. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data. */
  start(): Promise<void>;
}

/** Creates and starts a private cluster (trust auth, socket in its temp folder); removed at teardown. */
export async function startPrivatePostgres(teardown: Teardown): Promise<PrivatePostgres> {
  const folder = tempFolder(teardown, 'postgres');
  chownSync(folder, uidOf('postgres'), gidOf('postgres'));
  const data = join(folder, 'data');
  const port = await freePort();
  await run('runuser', [
    ...AS_POSTGRES,
    `${BIN}/initdb`,
    '-D',
    data,
    '-A',
    'trust',
    '-U',
    'postgres',
    '-E',
    'UTF8',
    '--no-sync',
  ]);
  const pgCtl = (...args: string[]) =>
    run('runuser', [...AS_POSTGRES, `${BIN}/pg_ctl`, '-D', data, ...args], { timeoutMs: 30_000 });
  const cluster: PrivatePostgres = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await pgCtl('-m', 'fast', '-w', 'stop');
    },
    start: async () => {
      await pgCtl(
        '-o',
        `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1`,
        '-l',
        join(folder, 'postgres.log'),
        '-w',
        'start',
      );
    },
  };
  await cluster.start();
  // Registered after the folder, so it runs before the folder is removed.
  teardown.add(data, async () => {
    if (existsSync(join(data, 'postmaster.pid'))) await pgCtl('-m', 'immediate', '-w', 'stop');
  });
  return cluster;
}

function uidOf(user: string): number {
  return idOf(user, 2);
}

function gidOf(user: string): number {
  return idOf(user, 3);
}

// /etc/passwd is the one source every Linux has; node:os offers no lookup by name.
function idOf(user: string, field: 2 | 3): number {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.split(':')[0] === user);
  const id = Number(line?.split(':')[field]);
  if (line === undefined || !Number.isInteger(id))
    throw new Error(`There is no user "${user}" to run PostgreSQL as.`);
  return id;
}
