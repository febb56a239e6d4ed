import { DRAFT_UPDATED, draftStream } from '@rapporteur/draft-log';
import { DRAFT_FIELD, validateDocument } from '@rapporteur/editor-schema';
import { tiptapJson } from '@rapporteur/history';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, type TestClient } from '../testing/collab-client.js';
import { createPerson, meetingWith, type TestPerson } from '../testing/meeting-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { fuzzScript, type SocketTarget } from './frame-arbitraries.js';
import { draftReadViolations, type DraftReader } from './draft-reads.js';
import { describeRun, fuzzRun } from './fuzz-run.js';
import { createLogger } from '../observability/logger.js';
import { HonestTypists } from './honest-typists.js';
import { settledHeap } from './settled-heap.js';
import { UNFIT_KIND } from './schema-breaking-arbitraries.js';
import { SocketFuzzer, type TargetUrls } from './socket-fuzzer.js';

const MEETING = 'fuzz-34';
const OTHER_MEETING = 'other-34';
// Small, so that frames around the limit cost little; the limit is what matters, not its size.
const MAX_MESSAGE_BYTES = 64 * 1024;
const SLOTS = 3;
/**
 * What the heap may grow by over the run. Legitimate growth: the draft and the honest clients'
 * copies of it hold the valid fuzz updates and everything the honest typists wrote, and the room
 * keeps an owner for every client id written under. The typists keep typing while the frames
 * go, so a slower machine (CI runs other suites beside this one) makes more honest rounds and a
 * larger draft: measured 24.5, 30.6 and 42.6 MiB after 245, 393 and 684 rounds of 8,000 frames,
 * about 15 MiB plus 42 KiB a round. A leak of a socket's frames or of a closed connection
 * (8,000 frames, about 4,000 connections here) passes this as soon as it keeps 5 KiB per frame
 * or 10 KiB per connection (40 MiB), at any number of rounds.
 */
const HEAP_GROWTH_BASE = 30 * 1024 * 1024;
const HEAP_GROWTH_PER_HONEST_ROUND = 64 * 1024;
/**
 * After each round with schema-breaking frames the draft is read at its head; every this many
 * such rounds, in full (a version named and exported in every format, time travel further back).
 */
const FULL_READ_EVERY_ROUNDS = 15;

describe('the collaboration socket, fuzzed', () => {
  const run = fuzzRun('socket');
  const serverLog: string[] = [];
  let server: TestServer;
  let typists: HonestTypists;
  let people: Record<
    'chair' | 'secretariat' | 'fuzzer' | 'secondFuzzer' | 'delegate' | 'outsider',
    TestPerson
  >;
  const clients: TestClient[] = [];
  const fuzzers: SocketFuzzer[] = [];

  beforeAll(async () => {
    server = await startTestServer({
      maxMessageBytes: MAX_MESSAGE_BYTES,
      // The rate limits have their own tests; here they would only stop the fuzzer early.
      socketLimits: {
        connectionBurst: 1_000_000,
        connectionsPerSecond: 1_000_000,
        messageBurst: 1_000_000,
        messagesPerSecond: 1_000_000,
      },
      // Byte floods meet these soon; the draft's budget holds both fuzzers' together, so the
      // honest typists are never refused for what the fuzzers sent.
      rooms: {
        byteLimits: {
          personByteBurst: 256 * 1024,
          personBytesPerSecond: 16 * 1024,
          draftByteBurst: 2 * 1024 * 1024,
          draftBytesPerSecond: 64 * 1024,
          maxDraftBytes: 64 * 1024 * 1024,
        },
      },
      log: (line) => serverLog.push(line),
      // Warnings and errors only: a request or a refused frame is not one.
      logger: createLogger({
        level: 'warn',
        destination: { write: (line: string) => serverLog.push(line) },
      }),
    });
    const person = (name: string) =>
      createPerson(server.accounts, { email: `${name}@itu.example`, name });
    people = {
      chair: await person('chair'),
      secretariat: await person('secretariat'),
      fuzzer: await person('fuzzer'),
      secondFuzzer: await person('second-fuzzer'),
      delegate: await person('delegate'),
      outsider: await person('outsider'),
    };
    await meetingWith(server.store, MEETING, {
      chair: people.chair.user,
      others: [
        { user: people.secretariat.user, role: 'secretariat' },
        { user: people.fuzzer.user, role: 'vice-chair' },
        { user: people.secondFuzzer.user, role: 'secretariat' },
        { user: people.delegate.user, role: 'delegate' },
      ],
    });
    await meetingWith(server.store, OTHER_MEETING, { chair: people.outsider.user });
    // The catalog reads the log as it starts: restart so that it knows both meetings.
    await server.restart();
    for (const honest of [people.chair, people.secretariat]) {
      clients.push(connectClient(server.url, MEETING, { token: honest.token, ack: '1' }));
    }
    await Promise.all(clients.map((client) => client.synced));
    const identity = (name: string, role: string) => ({ name, role });
    typists = new HonestTypists(clients, {
      identities: [identity('chair', 'chair'), identity('secretariat', 'secretariat')],
      participants: [
        identity('chair', 'chair'),
        identity('secretariat', 'secretariat'),
        identity('fuzzer', 'vice-chair'),
        identity('second-fuzzer', 'secretariat'),
        identity('delegate', 'delegate'),
      ],
    });
  });

  afterAll(async () => {
    await Promise.all(fuzzers.map((fuzzer) => fuzzer.close()));
    for (const client of clients) client.destroy();
    await server.close();
  });

  it(`survives ${run.cases} random and mutated frames while honest clients keep editing`, async () => {
    process.stdout.write(`${describeRun('socket', run)}\n`);
    const ws = server.url.replace(/^http/, 'ws');
    const url = (meeting: string, token: string) => `${ws}/collab/${meeting}?token=${token}`;
    const targets: TargetUrls = {
      draft: { url: url(MEETING, people.fuzzer.token), mayEdit: true },
      'draft-as-second-editor': { url: url(MEETING, people.secondFuzzer.token), mayEdit: true },
      'draft-as-delegate': { url: url(MEETING, people.delegate.token), mayEdit: false },
      'missing-meeting': { url: url('no-such-meeting', people.fuzzer.token), mayEdit: false },
      'not-a-participant': { url: url(OTHER_MEETING, people.fuzzer.token), mayEdit: false },
      'bad-token': { url: url(MEETING, 'not-a-token'), mayEdit: false },
      'no-credentials': { url: `${ws}/collab/${MEETING}?name=nobody`, mayEdit: false },
      'bad-path': { url: `${ws}/collab/a/b?token=${people.fuzzer.token}`, mayEdit: false },
    };
    fuzzers.push(...Array.from({ length: SLOTS }, () => new SocketFuzzer(targets)));

    await typists.round();
    const heapBefore = await settledHeap();
    const totals = {
      sent: 0,
      scripts: 0,
      closes: new Map<number, number>(),
      byTarget: new Map<SocketTarget, number>(),
      slowest: undefined as { ms: number; kind: string } | undefined,
    };
    const reader: DraftReader = {
      url: server.url,
      meetingId: MEETING,
      token: people.chair.token,
      store: server.store,
    };
    const reads = { rounds: 0, checks: 0, unfitFrames: 0 };
    let finished = false;
    let typingFailure: unknown;
    const typing = typists
      .typeUntil(() => finished)
      .catch((error: unknown) => {
        typingFailure = error;
      });
    const started = Date.now();
    try {
      const script = fuzzScript({
        maxMessageBytes: MAX_MESSAGE_BYTES,
        victims: clients.map((client) => client.doc.clientID),
      });
      // About 6 frames a script: the estimate is generous, and runs past the count return at once.
      const numRuns = Math.ceil(run.cases / SLOTS / 4);
      await fc.assert(
        fc.asyncProperty(
          fc.array(script, { minLength: SLOTS, maxLength: SLOTS }),
          async (scripts) => {
            if (totals.sent >= run.cases) return;
            const reports = await Promise.all(
              scripts.map((each, slot) => fuzzers[slot]!.play(each)),
            );
            const violations = reports.flatMap((report) => report.violations);
            for (const [index, report] of reports.entries()) {
              totals.sent += report.sent;
              totals.scripts += 1;
              const target = scripts[index]!.target;
              totals.byTarget.set(target, (totals.byTarget.get(target) ?? 0) + report.sent);
              if (report.slowest !== undefined && report.slowest.ms > (totals.slowest?.ms ?? 0))
                totals.slowest = report.slowest;
              for (const [code, times] of report.closes)
                totals.closes.set(code, (totals.closes.get(code) ?? 0) + times);
            }
            const unfit = scripts
              .flatMap((each) => each.frames)
              .filter((frame) => frame.kind.startsWith(UNFIT_KIND)).length;
            reads.unfitFrames += unfit;
            if (unfit > 0) {
              const full = ++reads.rounds % FULL_READ_EVERY_ROUNDS === 0;
              if (full) reads.checks += 1;
              violations.push(
                ...(await draftReadViolations(reader, { round: totals.scripts, full })),
              );
            }
            if (totals.scripts % 150 < SLOTS) {
              const health = await fetch(`${server.url}/healthz`).then(
                (answer) => answer.status,
                (error: unknown) => String(error),
              );
              if (health !== 200) violations.push(`/healthz answered ${health}, not 200`);
            }
            if (typingFailure !== undefined)
              violations.push(
                `honest clients: ${typingFailure instanceof Error ? typingFailure.message : 'failed'}`,
              );
            if (violations.length > 0) {
              violations.push(...serverLog.map((line) => `server log: ${line.slice(0, 2000)}`));
              throw new Error(violations.join('\n'));
            }
          },
        ),
        {
          seed: run.seed,
          numRuns,
          ...(run.path === undefined ? {} : { path: run.path }),
          // No shrinking: it would replay against a server whose state has moved on. Each
          // violation already names the one frame that caused it (frames are answered one by one).
          endOnFailure: true,
        },
      );
    } finally {
      finished = true;
      await typing;
    }
    expect(typingFailure).toBeUndefined();
    expect(await draftReadViolations(reader, { round: totals.scripts, full: true })).toEqual([]);
    const elapsed = Date.now() - started;
    await Promise.all(fuzzers.map((fuzzer) => fuzzer.close()));

    // Every frame counted, and the honest clients never disturbed.
    process.stdout.write(
      `fuzz socket: ${totals.sent} frames in ${totals.scripts} scripts, ${elapsed} ms; closes ${JSON.stringify(Object.fromEntries(totals.closes))}; ` +
        `slowest frame ${totals.slowest?.kind ?? '-'} ${Math.round(totals.slowest?.ms ?? 0)} ms; ${typists.rounds} honest rounds, slowest ${typists.slowestRoundMs} ms; ` +
        `${reads.unfitFrames} schema-breaking frames, the draft read after ${reads.rounds} rounds, in full ${reads.checks + 1} times\n`,
    );
    expect(totals.sent).toBeGreaterThanOrEqual(run.cases);
    expect(typists.disconnects).toEqual([]);
    expect(typists.rounds).toBeGreaterThan(1);
    expect(typists.converged()).toBe(true);
    expect(serverLog).toEqual([]);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    // Memory: what the run left behind, once closed sockets are gone.
    const heapAfter = await settledHeap();
    process.stdout.write(`fuzz socket: heap ${mib(heapBefore)} before, ${mib(heapAfter)} after\n`);
    expect(heapAfter - heapBefore).toBeLessThan(
      HEAP_GROWTH_BASE + HEAP_GROWTH_PER_HONEST_ROUND * typists.rounds,
    );

    // The log: both chains hold, every stored update decodes, none is a reader's, and replaying
    // it gives the text the honest clients see.
    const verification = await fetch(`${server.url}/api/meetings/${MEETING}/verify`, {
      headers: { authorization: `Bearer ${people.chair.token}` },
    });
    expect(await verification.json()).toMatchObject({ ok: true });
    for (const result of await server.store.verifyAll()) expect(result).toMatchObject({ ok: true });
    const readPage = (from: number) =>
      server.store.readStream(draftStream(MEETING), { from, limit: 10_000 });
    const events = [];
    for (let page = await readPage(0); page.length > 0;) {
      events.push(...page);
      page = await readPage(page[page.length - 1]!.revision + 1);
    }
    const replay = new Y.Doc();
    const writers = new Set(
      [people.chair, people.secretariat, people.fuzzer, people.secondFuzzer].map(
        (each) => each.user.id,
      ),
    );
    for (const event of events) {
      expect(event.type).toBe(DRAFT_UPDATED);
      expect(writers).toContain(event.metadata.actor);
      const update = event.payload!;
      expect(() => Y.decodeUpdate(update), `event ${event.revision} decodes`).not.toThrow();
      Y.applyUpdate(replay, update);
    }
    expect(replay.getText('text').toJSON()).toBe(clients[0]!.text.toJSON());
    // Only updates that fit the editor schema reached the draft's fragment.
    if (replay.getXmlFragment(DRAFT_FIELD).length > 0)
      expect(validateDocument(tiptapJson(replay))).toEqual({ ok: true });
    replay.destroy();
  }, 240_000);
});

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
