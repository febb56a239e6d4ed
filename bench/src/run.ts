/**
 * `npm run bench`: our collaboration server against Hocuspocus and the y-websocket reference
 * server, each a child process on a fresh temp folder, measured in the same run. BENCH_QUICK=1
 * is a smoke run. Progress goes to stderr; the Markdown report to stdout.
 */
import { measureAll } from './measure-all.js';
import { FULL_PLAN, QUICK_PLAN } from './plan.js';
import { renderReport } from './report/render-report.js';
import { hocuspocus } from './servers/hocuspocus.js';
import { rapporteur } from './servers/rapporteur.js';
import { reference } from './servers/reference.js';
import { killServers } from './servers/server-process.js';
import { othersShare, readCpu } from './support/machine-load.js';
import { removeTempFolders } from './support/temp-folders.js';

const plan = process.env.BENCH_QUICK === '1' ? QUICK_PLAN : FULL_PLAN;
// Ours first: the report's ratio column compares the first server with the others.
const subjects = [rapporteur, hocuspocus, reference];

// No child and no temp folder outlives the bench, whether it ends, throws or is interrupted.
process.on('exit', () => {
  killServers();
  removeTempFolders();
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    process.stderr.write(`\n${signal}: stopping the servers.\n`);
    process.exit(130);
  });
}

// Every y-websocket provider adds a process exit handler: a thousand of them are expected here.
process.setMaxListeners(0);

const before = readCpu();
const figures = await measureAll(subjects, plan);
const after = readCpu();
process.stdout.write(
  renderReport({ subjects, figures, plan, othersShare: othersShare(before, after) }),
);
process.stderr.write(`Done in ${((after.at - before.at) / 1000).toFixed(0)} s.\n`);
