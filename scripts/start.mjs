// `npm start` and `npm run dev`: turbo runs the server with its output on a pipe, not on the
// terminal, so the server cannot see that a person is reading (process.stdout.isTTY is false
// there). This looks on its behalf: in a terminal, and unless LOG_FORMAT says otherwise, the
// server writes short lines instead of JSON (apps/server/src/observability/terminal-lines.ts).
// Usage: node scripts/start.mjs <turbo arguments...>
import { spawn } from 'node:child_process';

const env = { ...process.env };
if (process.stdout.isTTY && (env.LOG_FORMAT === undefined || env.LOG_FORMAT === '')) {
  env.LOG_FORMAT = 'pretty';
}
const turbo = spawn('turbo', process.argv.slice(2), { stdio: 'inherit', env });
// Ctrl-C reaches turbo too (one process group); it stops the server and ends, and so do we.
// A signal sent to this process alone is passed on.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (signal !== 'SIGINT') turbo.kill(signal);
  });
}
turbo.on('exit', (code, signal) => {
  process.exit(code ?? (signal === null ? 1 : 128));
});
