import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from './support/free-port.js';
import { runInTerminal, type TerminalSession } from './support/terminal-session.js';

/** The box's top and bottom rule (apps/server/src/welcome-box.ts). */
const RULE = /^━{40,}$/gm;
/** A short log line: time, level, what happened (apps/server/src/observability/terminal-lines.ts). */
const SHORT_LINE = /^\d\d:\d\d:\d\d (TRACE|DEBUG|INFO |WARN |ERROR|FATAL) \S/;

// `npm start` in a person's terminal, on a fresh data folder: what they read must be short lines,
// not the requests their browser makes, and the demo passwords must be the last thing shown.
describe('npm start in a terminal', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  async function start(env: Record<string, string> = {}) {
    const dataDir = mkdtempSync(join(tmpdir(), 'rapporteur-terminal-'));
    const port = await freePort();
    const session: TerminalSession = runInTerminal('npm start', {
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      DEMO_MEETING: 'on',
      LOG_LEVEL: 'info',
      LOG_FORMAT: '',
      ...env,
    });
    cleanups.push(() => {
      session.kill();
      rmSync(dataDir, { recursive: true, force: true });
    });
    await session.waitFor('Rapporteur is running');
    // The box is written at once; its bottom rule closes what was printed at start.
    await session.waitFor(/Rapporteur is running.*\n━{40,}\n/);
    return { session, url: `http://127.0.0.1:${String(port)}` };
  }

  /** What the server printed: the terminal after npm's and turbo's lines for the server task. */
  const serverPart = (screen: string) =>
    screen.split('> node --enable-source-maps dist/main.js\n')[1] ?? '';

  it('shows short lines, not the successful requests, and the demo accounts in a box at the end', async () => {
    const { session, url } = await start();
    const atStart = serverPart(session.screen());

    // The box comes after everything else printed at start, and holds the accounts and the address.
    const rules = [...atStart.matchAll(RULE)].map((match) => match.index);
    expect(rules).toHaveLength(2);
    const [top = 0, bottom = 0] = rules;
    const before = atStart.slice(0, top);
    const box = atStart.slice(top, bottom);
    expect(before).toMatch(/^\d\d:\d\d:\d\d INFO {2}listening port=\d+ database=sqlite$/m);
    expect(box).toMatch(/^ {2}chair +chair@demo\.rapporteur +\S+$/m);
    expect(box).toMatch(/^ {2}delegate +delegate@demo\.rapporteur +\S+$/m);
    expect(box).toMatch(/^ {2}setup code: [0-9A-Z-]+$/m);
    expect(box).toContain(`http://localhost:${new URL(url).port}/meetings/demo`);
    expect(atStart.slice(bottom).trim()).toMatch(/^━+$/);
    expect(before).not.toContain('@demo.rapporteur');

    // A page load is routine: not shown. A request that fails is.
    expect((await fetch(`${url}/`)).status).toBe(200);
    expect((await fetch(`${url}/api/meetings/demo`)).status).toBe(401);
    await session.waitFor(/GET \/api\/meetings\/demo 401/);
    const logLines = serverPart(session.screen())
      .split('\n')
      .filter((line) => /^\d\d:\d\d:\d\d /.test(line));
    expect(logLines.length).toBeGreaterThanOrEqual(2);
    for (const line of logLines) {
      expect(line).toMatch(SHORT_LINE);
      expect(line.length).toBeLessThanOrEqual(120);
    }
    expect(logLines.at(-1)).toMatch(
      /^\d\d:\d\d:\d\d WARN {2}GET \/api\/meetings\/demo 401 [\d.]+ ms/,
    );
    expect(session.screen()).not.toMatch(/GET \/ 200/);
    expect(session.screen()).not.toContain('{"level"');

    // Ctrl-C, as a person stops it: the server says so in a short line, and the port closes.
    await session.interrupt();
    expect(serverPart(session.screen())).toMatch(
      /^\d\d:\d\d:\d\d INFO {2}stopping signal=SIGINT$/m,
    );
    await expect
      .poll(
        () =>
          fetch(`${url}/healthz`).then(
            () => 'still answering',
            () => 'stopped',
          ),
        {
          timeout: 15_000,
        },
      )
      .toBe('stopped');
  });

  it('writes JSON lines in the terminal too with LOG_FORMAT=json, the box still last', async () => {
    const { session, url } = await start({ LOG_FORMAT: 'json' });
    const atStart = serverPart(session.screen());
    const [top = 0] = [...atStart.matchAll(RULE)].map((match) => match.index);
    const listening = atStart
      .slice(0, top)
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { level: number; msg: string });
    expect(listening, atStart).toContainEqual(
      expect.objectContaining({ level: 30, msg: 'listening' }),
    );
    expect(atStart.slice(top)).toMatch(/^ {2}chair +chair@demo\.rapporteur +\S+$/m);

    // In JSON, every request is written, at info when it succeeds: log collectors want them all.
    expect((await fetch(`${url}/`)).status).toBe(200);
    await session.waitFor(/"path":"\/","status":200/);
    expect(session.screen()).not.toMatch(SHORT_LINE_ANYWHERE);

    await session.interrupt();
  });
});

const SHORT_LINE_ANYWHERE = new RegExp(SHORT_LINE.source, 'm');
