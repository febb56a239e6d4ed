/**
 * `npm run bench`: our collaboration server against Hocuspocus and the y-websocket reference
 * server, each a child process on a fresh temp folder, measured in the same run; then the
 * meeting's workload (many writers on the demo meeting's draft) and real editing traces
 * replayed through each of them (issue #17); then one instance of ours against two on
 * PostgreSQL + Redis; then the review loop (issue #14) in real Chromium and at the server.
 * BENCH_QUICK=1 is a smoke run; BENCH_ONLY=peers, meeting, traces, cluster or review runs one
 * part; BENCH_SOAK_SECONDS sets the soak's length. Progress goes to stderr; the
 * Markdown report to stdout.
 */
import { dropLeftoverDatabases } from './cluster/bench-database.js';
import { measureCluster } from './cluster/measure-cluster.js';
import { measureAll } from './measure-all.js';
import { measureMeeting } from './meeting/measure-meeting.js';
import { planFrom } from './plan.js';
import { renderCluster } from './report/render-cluster.js';
import { attempt } from './report/figures.js';
import { renderMeeting } from './report/render-meeting.js';
import { renderReport } from './report/render-report.js';
import { renderReview } from './report/render-review.js';
import { renderTraces } from './report/render-traces.js';
import { measureReview } from './review/measure-review.js';
import { hocuspocus } from './servers/hocuspocus.js';
import { rapporteur } from './servers/rapporteur.js';
import { reference } from './servers/reference.js';
import { killServers } from './servers/server-process.js';
import { othersShare, readCpu, type CpuReading } from './support/machine-load.js';
import { removeTempFolders } from './support/temp-folders.js';
import { measureTraces } from './traces/measure-traces.js';

const PARTS = ['peers', 'meeting', 'traces', 'cluster', 'review'] as const;
const only = process.env.BENCH_ONLY ?? '';
if (only !== '' && !PARTS.some((part) => part === only)) {
  process.stderr.write(`BENCH_ONLY must be one of ${PARTS.join(', ')}; it is "${only}".\n`);
  process.exit(2);
}
const runs = (part: (typeof PARTS)[number]): boolean => only === '' || only === part;

const plan = planFrom(process.env);
// Ours first: the report's ratio column compares the first server with the others.
const subjects = [rapporteur, hocuspocus, reference];

// No child, temp folder or database outlives the bench, whether it ends, throws or is
// interrupted. The servers go first: their sessions would hold the databases open.
process.on('exit', () => {
  killServers();
  removeTempFolders();
  dropLeftoverDatabases();
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    process.stderr.write(`\n${signal}: stopping the servers.\n`);
    process.exit(130);
  });
}

// Every y-websocket provider adds a process exit handler: a thousand of them are expected here.
process.setMaxListeners(0);

const started = readCpu();
if (runs('peers')) {
  const before = readCpu();
  const figures = await measureAll(subjects, plan);
  const after = readCpu();
  process.stdout.write(
    renderReport({ subjects, figures, plan, othersShare: othersShare(before, after) }),
  );
}
if (runs('meeting')) {
  const before = readCpu();
  const outcomes = await measureMeeting(subjects, plan.meeting);
  const section = renderMeeting(subjects, outcomes, { plan: plan.meeting, quick: plan.quick });
  process.stdout.write(`${only === '' ? '\n' : ''}${section}${othersLine(before)}`);
}
if (runs('traces')) {
  const before = readCpu();
  const results = await attempt('traces', () => measureTraces(subjects, plan.traces));
  const section =
    results.kind === 'measured'
      ? renderTraces(subjects, results.value, { plan: plan.traces, quick: plan.quick })
      : `## Real editing traces\n\nNot measured: ${results.kind === 'failed' ? results.error : results.reason}\n`;
  process.stdout.write(`${only === '' ? '\n' : ''}${section}${othersLine(before)}`);
}
if (runs('cluster')) {
  const figures = await measureCluster(plan.cluster);
  process.stdout.write(`${only === '' ? '\n' : ''}${renderCluster(figures, plan.cluster)}`);
}
if (runs('review')) {
  const figures = await attempt('review', () => measureReview(plan.review));
  process.stdout.write(
    `${only === '' ? '\n' : ''}${renderReview(figures, plan.review, plan.quick)}`,
  );
}
/** How busy other processes kept the machine since `before`: the figures are shared with them. */
function othersLine(before: CpuReading): string {
  const share = othersShare(before, readCpu());
  return `\nOther processes kept ${(share * 100).toFixed(0)}% of the machine's cores busy during this part${share > 0.1 ? ': the figures are disturbed by them' : ''}.\n`;
}

process.stderr.write(`Done in ${((readCpu().at - started.at) / 1000).toFixed(0)} s.\n`);
