import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './support/free-port.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'apps/server/dist');

// `npm start` runs the server built to JavaScript (decision 49): plain node, no TypeScript loader.
// Node cannot load a .ts file by itself, so a server that starts this way runs what was built.
describe('the compiled server', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'rapporteur-compiled-'));
  // Without NODE_OPTIONS: no --import tsx can come in from the environment of the test run.
  const env = { ...process.env, NODE_OPTIONS: '', DATA_DIR: dataDir, DATABASE_URL: '' };

  beforeAll(() => {
    const build = spawnSync('npm', ['run', 'build', '-w', '@rapporteur/server'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(build.status, build.stderr).toBe(0);
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts with plain node, serves the editor and the demo meeting, and answers /readyz', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--enable-source-maps', join(DIST, 'main.js')], {
      env: { ...env, PORT: String(port), DEMO_MEETING: 'on' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let output = '';
      await new Promise<void>((resolve, reject) => {
        const read = (chunk: Buffer): void => {
          output += chunk.toString();
          if (output.includes('Rapporteur is running')) resolve();
        };
        child.stdout.on('data', read);
        child.stderr.on('data', read);
        child.once('exit', (code) => {
          reject(new Error(`The built server exited with ${String(code)}:\n${output}`));
        });
      });
      const base = `http://127.0.0.1:${String(port)}`;
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
      // Files found beside the sources still are: the demo fixture and the web app's dist/.
      expect(output).toMatch(/^ {2}chair +chair@demo\.rapporteur +\S+$/m);
      const page = await fetch(`${base}/meetings/demo`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<script');
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    expect(child.exitCode).toBe(0);
  });

  it('holds no TypeScript compiler: the output imports neither tsx nor typescript', () => {
    const code = readdirSync(DIST)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(DIST, file), 'utf8'))
      .join('\n');
    expect(code).toContain('Rapporteur is running');
    expect(code).not.toMatch(/from\s*["'](tsx|typescript)["'/]/);
    expect(code).not.toMatch(/import\(\s*["'](tsx|typescript)["'/]/);
  });

  it('names the TypeScript source and line in a stack trace', () => {
    // A data folder that is a file: the event store cannot make it, and the CLI prints the stack.
    const notAFolder = join(dataDir, 'a-file');
    writeFileSync(notAFolder, '');
    const cli = spawnSync(
      process.execPath,
      ['--enable-source-maps', join(DIST, 'cli.js'), 'verify', '--all'],
      {
        env: { ...env, DATABASE_URL: `sqlite:${notAFolder}/rapporteur.sqlite` },
        encoding: 'utf8',
      },
    );
    expect(cli.status).toBe(1);
    expect(cli.stderr).toMatch(/packages\/event-store\/src\/storage\/sqlite-dialect\.ts:\d+:\d+/);
    expect(cli.stderr).toMatch(/apps\/server\/src\/cli\/main\.ts:\d+:\d+/);
  });
});
