import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from './support/free-port.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

// `npm start` goes through turbo, which hands a task only the variables it is told to pass: this
// starts it exactly as the README says, with settings whose effect can be seen from outside.
// turbo builds the web app first; `npm test` has built it already (the e2e task depends on it),
// so turbo restores it from its cache.
describe('npm start', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  it('hands the server every setting given to it: PORT, DEMO_MEETING and LOG_LEVEL take effect', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rapporteur-npm-start-'));
    const port = await freePort();
    const child = spawn('npm', ['start'], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        DATA_DIR: dataDir,
        DATABASE_URL: '',
        DEMO_MEETING: 'off',
        LOG_LEVEL: 'warn',
      },
      // Its own process group: npm, turbo and the server stop together.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    cleanups.push(() => {
      // npm may have ended by the Ctrl-C signal (exitCode stays null, signalCode is set) and
      // taken its group with it: then there is nothing left to kill.
      const ended = child.exitCode !== null || child.signalCode !== null;
      if (!ended && child.pid !== undefined) killGroup(child.pid);
      rmSync(dataDir, { recursive: true, force: true });
    });
    let output = '';
    const running = new Promise<void>((resolve, reject) => {
      const read = (chunk: Buffer): void => {
        output += chunk.toString();
        if (output.includes('Rapporteur is running')) resolve();
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.once('exit', (code) => {
        reject(new Error(`npm start exited with ${String(code)}:\n${output}`));
      });
    });
    await running;

    expect(output).toContain(`http://localhost:${String(port)}/`);
    expect((await fetch(`http://127.0.0.1:${String(port)}/readyz`)).status).toBe(200);
    expect(output).not.toContain('@demo.rapporteur');
    // At warn, the info line "listening" is not written.
    expect(output).not.toContain('"msg":"listening"');
    // Ctrl-C, as a person stops it. turbo runs the server in a process group of its own, so only
    // turbo can stop it: wait for turbo's output to end, then for the port to close (a test that
    // waited for npm alone left servers running after it).
    const outputEnded = new Promise((resolve) => child.stdout.once('close', resolve));
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGINT');
    await outputEnded;
    await expect
      .poll(
        () =>
          fetch(`http://127.0.0.1:${String(port)}/healthz`).then(
            () => 'still answering',
            () => 'stopped',
          ),
        { timeout: 15_000 },
      )
      .toBe('stopped');
  });
});

/** Kills a process group that may have ended between the check and the kill (ESRCH). */
function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}
