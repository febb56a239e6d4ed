import { performance } from 'node:perf_hooks';
import type { BenchClient } from '../clients/bench-client.js';
import type { TracesPlan } from '../plan.js';
import type { Drafts, Subject } from '../servers/subject.js';
import { folderBytes } from '../support/folder-bytes.js';
import { waitFor, within } from '../support/wait.js';
import { Arrivals } from '../traces/arrivals.js';
import { causalNeeds, txnsByAgent } from '../traces/causal-needs.js';
import { replayAgent, TRACE_TEXT, type ReplayBoard } from '../traces/replay-agent.js';
import type { Trace } from '../traces/trace-file.js';

const DRAFT = 'trace';
const REPLAY_TIMEOUT_MS = 600_000;

export interface TraceReplayFigure {
  /** From the first update sent to the observer holding the whole text. */
  readonly replaySeconds: number;
  /** utime + stime of the server child over the replay and until it had stored everything. */
  readonly serverCpuSeconds: number;
  /** Still storing after the observer held everything; undefined: it stores nothing. */
  readonly persistingSeconds: number | undefined;
  /** VmHWM of the server child once it had stored everything. */
  readonly peakRssMiB: number;
  /** Its data folder once it stopped; undefined: it stores nothing. */
  readonly diskBytes: number | undefined;
  /** A restarted server: a fresh client from connecting to holding the whole text. */
  readonly coldLoadMs: number | undefined;
}

/**
 * Replays `trace` through a fresh server: one client per agent, each transaction one Yjs
 * update, at most `plan.inFlightPerWriter` per agent unseen by an observer client, as fast as
 * the server takes them. The observer's text must end equal to `expected`, and so must a fresh
 * client's after a restart: a difference fails the replay.
 */
export async function replayTrace(
  subject: Subject,
  options: { readonly trace: Trace; readonly expected: string; readonly plan: TracesPlan },
  dataDir: string,
): Promise<TraceReplayFigure> {
  const { trace, expected, plan } = options;
  const server = await subject.start(dataDir, { demoMeeting: false });
  let drafts: Drafts;
  let replayed: Omit<TraceReplayFigure, 'diskBytes' | 'coldLoadMs'>;
  const clients: BenchClient[] = [];
  try {
    drafts = await subject.createDrafts(server, [DRAFT]);
    const room = drafts.room(DRAFT);
    const storing = subject.watchStoring?.({ server, dataDir, room });
    try {
      const observer = drafts.connect(server, DRAFT);
      clients.push(observer);
      const agents = Array.from({ length: trace.agents }, () => drafts.connect(server, DRAFT));
      clients.push(...agents);
      await within(Promise.all(clients.map((client) => client.synced)), 'the clients to sync');
      const board: ReplayBoard = {
        trace,
        needs: causalNeeds(trace),
        byAgent: txnsByAgent(trace),
        footprints: [],
        updates: [],
      };
      const arrivals = new Arrivals(observer.doc);
      let lastArrival = 0;
      observer.doc.on('afterTransaction', () => (lastArrival = performance.now()));
      const cpuBefore = server.cpuMs();
      const start = performance.now();
      await within(
        Promise.all(
          agents.map((client, agent) =>
            replayAgent(agent, client, {
              board,
              observer: arrivals,
              inFlight: plan.inFlightPerWriter,
            }),
          ),
        ),
        `${trace.name} to be typed`,
        REPLAY_TIMEOUT_MS,
      );
      // Done when every typed transaction has reached the observer: at its last transaction.
      // A server passes on each client's updates in order: each agent's last one comes last.
      const lastOfEach = board.byAgent.map((txns) => board.footprints[txns.at(-1) ?? -1]);
      const lastArrived = () =>
        lastOfEach.every((last) => last === undefined || arrivals.holds(last));
      await waitFor(lastArrived, 'the observer to receive every transaction', REPLAY_TIMEOUT_MS);
      const missing = board.footprints.findIndex(
        (footprint) => footprint === undefined || !arrivals.holds(footprint),
      );
      if (missing >= 0) throw new Error(`The observer never received transaction ${missing}.`);
      const end = lastArrival;
      const text = observer.doc.getText(TRACE_TEXT).toJSON();
      if (text !== expected)
        throw new Error(
          `The observer's text differs from the trace's end: ${difference(text, expected)}.`,
        );
      const persistingSeconds = await storing?.settled(end, plan.quietMs);
      replayed = {
        replaySeconds: (end - start) / 1000,
        serverCpuSeconds: (server.cpuMs() - cpuBefore) / 1000,
        persistingSeconds,
        peakRssMiB: server.peakRssKiB() / 1024,
      };
    } finally {
      storing?.stop();
    }
    // Hocuspocus stores as the last client leaves: before it stops.
    for (const client of clients.splice(0)) client.destroy();
  } finally {
    for (const client of clients) client.destroy();
    await server.stop();
  }
  if (!subject.persists) return { ...replayed, diskBytes: undefined, coldLoadMs: undefined };
  const diskBytes = folderBytes(dataDir);
  const restarted = await subject.start(dataDir, { demoMeeting: false });
  try {
    return { ...replayed, diskBytes, coldLoadMs: await coldLoad(drafts.connect(restarted, DRAFT)) };
  } finally {
    await restarted.stop();
  }

  async function coldLoad(client: BenchClient): Promise<number> {
    const start = performance.now();
    try {
      await within(client.synced, 'a fresh client to sync after the restart', 120_000);
      const text = client.doc.getText(TRACE_TEXT);
      const holds = () => text.length === expected.length && text.toJSON() === expected;
      await waitFor(
        holds,
        'a fresh client to hold the replayed text after the restart',
        30_000,
      ).catch(() => {
        throw new Error(
          `After the restart, the text differs from the trace's end: ${difference(text.toJSON(), expected)}.`,
        );
      });
      return performance.now() - start;
    } finally {
      client.destroy();
    }
  }
}

function difference(actual: string, expected: string): string {
  let at = 0;
  while (at < expected.length && actual[at] === expected[at]) at += 1;
  return `${actual.length} characters instead of ${expected.length}; from character ${at}, ${JSON.stringify(actual.slice(at, at + 30))} instead of ${JSON.stringify(expected.slice(at, at + 30))}`;
}
