import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

// eslint-disable-next-line no-control-regex -- the escape sequences turbo colours its lines with
const COLOURS = /\x1b\[[0-9;?]*[A-Za-z]/g;

/** A command run at the repository's root in a pseudo-terminal, as a person runs it. */
export interface TerminalSession {
  /** What the terminal has shown so far, without carriage returns and colours. */
  screen(): string;
  /** Waits until the screen holds `text`, failing after `timeoutMs` with what it shows. */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>;
  /** Types Ctrl-C, as a person stops it, and waits for the command to end. */
  interrupt(): Promise<void>;
  /**
   * Ends it when it is still running (cleanup after a failure): script passes SIGTERM to npm,
   * which passes it on to turbo and the server (scripts/start.mjs).
   */
  kill(): void;
}

/**
 * Runs `command` under util-linux `script`, which gives it a pseudo-terminal: its stdout is a
 * TTY, as in a person's terminal, while this process reads what the terminal shows.
 */
export function runInTerminal(command: string, env: Record<string, string>): TerminalSession {
  const child = spawn('/usr/bin/script', ['-qfec', command, '/dev/null'], {
    cwd: ROOT,
    env: { ...process.env, TERM: 'xterm', ...env },
    // Its own process group, so that kill() reaches script and not this test's runner.
    detached: true,
    // stdin stays open: what is written to it is typed into the terminal.
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let shown = '';
  const read = (chunk: Buffer): void => {
    shown += chunk.toString().replace(/\r/g, '').replace(COLOURS, '');
  };
  child.stdout.on('data', read);
  child.stderr.on('data', read);
  const ended = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  return {
    screen: () => shown,
    async waitFor(text, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      const found = () => (typeof text === 'string' ? shown.includes(text) : text.test(shown));
      while (!found()) {
        if (child.exitCode !== null) throw new Error(`"${command}" ended:\n${shown}`);
        if (Date.now() > deadline)
          throw new Error(`Not shown within ${timeoutMs} ms: ${String(text)}\n${shown}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async interrupt() {
      child.stdin.write('\x03');
      await ended;
    },
    kill() {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
      }
    },
  };
}
