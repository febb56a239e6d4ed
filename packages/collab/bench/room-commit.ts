/**
 * A room's commit path end to end, on SQLite in memory: a keystroke received until its sender's
 * acknowledgement (stored, applied, sent on), one at a time; then a burst of keystrokes from
 * several typists, group-committed, until the last is acknowledged. Uses only the package's
 * front door (`CollabRooms`), so the same file measures any version of the room.
 */
import { createEventStore } from '@rapporteur/event-store';
import * as decoding from 'lib0/decoding';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import type { CollabConnection } from '../src/collab-connection.js';
import { CollabRooms } from '../src/collab-rooms.js';
import { decodeAckBody, encodeSyncMessage, MESSAGE_ACK, SYNC_UPDATE } from '../src/protocol.js';

/** Figures of one run, as markdown lines. */
export async function benchRoomCommit(quick: boolean): Promise<string[]> {
  const keystrokes = quick ? 50 : 2000;
  const typists = 8;
  const burst = quick ? 40 : 400;
  const single = await oneAtATime(keystrokes);
  const together = await inBursts(typists, burst);
  return [
    '## Room: a keystroke through the commit pipeline (SQLite in memory)',
    '',
    `- ${keystrokes} keystrokes one at a time; ${typists} typists × ${burst} keystrokes at once`,
    '',
    '| what | p50 µs | p95 µs | total ms |',
    '|---|---:|---:|---:|',
    `| one keystroke, received to acknowledged | ${single.p50.toFixed(1)} | ${single.p95.toFixed(1)} | ${single.totalMs.toFixed(0)} |`,
    `| a burst, to the last acknowledgement (${together.commits} commits) | | | ${together.totalMs.toFixed(0)} |`,
    '',
  ];
}

/** A typist's connection: `stored(clock)` resolves once its keystrokes up to `clock` are acknowledged. */
function typistConnection(
  id: string,
  client: number,
): CollabConnection & { stored(clock: number): Promise<void> } {
  let acknowledged = 0;
  let waiting: { clock: number; resolve: () => void } | undefined;
  return {
    id,
    actor: { id, name: id, role: 'rapporteur' },
    wantsAcks: true,
    editRefusal: () => undefined,
    send: (message) => {
      const decoder = decoding.createDecoder(message);
      if (decoding.readVarUint(decoder) !== MESSAGE_ACK) return;
      acknowledged = Math.max(acknowledged, decodeAckBody(decoder).get(client) ?? 0);
      if (waiting !== undefined && acknowledged >= waiting.clock) waiting.resolve();
    },
    close: (code, reason) => {
      throw new Error(`closed ${code}: ${reason}`);
    },
    stored: (clock) =>
      acknowledged >= clock
        ? Promise.resolve()
        : new Promise((resolve) => {
            waiting = { clock, resolve };
          }),
  };
}

/** An editor whose every keystroke comes out as the frame its provider would send. */
function editor(clientId: number): () => Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const text = doc.getText('text');
  return () => {
    const before = Y.encodeStateVector(doc);
    text.insert(text.length, 'k');
    return encodeSyncMessage(SYNC_UPDATE, Y.encodeStateAsUpdate(doc, before));
  };
}

async function oneAtATime(
  keystrokes: number,
): Promise<{ p50: number; p95: number; totalMs: number }> {
  const store = await createEventStore({ url: 'sqlite::memory:' });
  const rooms = new CollabRooms(store);
  const connection = typistConnection('typist', 1);
  const session = await rooms.join('bench', connection);
  const type = editor(1);
  const samples: number[] = [];
  const started = performance.now();
  for (let keystroke = 1; keystroke <= keystrokes; keystroke += 1) {
    const frame = type();
    const start = performance.now();
    session.receive(frame);
    await connection.stored(keystroke);
    samples.push((performance.now() - start) * 1000);
  }
  const totalMs = performance.now() - started;
  await session.leave();
  await store.close();
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.max(0, Math.ceil(p * samples.length) - 1)] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95), totalMs };
}

async function inBursts(
  typists: number,
  keystrokes: number,
): Promise<{ totalMs: number; commits: number }> {
  const store = await createEventStore({ url: 'sqlite::memory:' });
  let commits = 0;
  const rooms = new CollabRooms(store, {
    observer: {
      committed: () => (commits += 1),
      remoteApplied: () => undefined,
      gapRepaired: () => undefined,
      stage: () => undefined,
    },
  });
  const people = await Promise.all(
    Array.from({ length: typists }, async (_, index) => {
      const connection = typistConnection(`typist-${index}`, index + 1);
      return {
        connection,
        session: await rooms.join('bench', connection),
        type: editor(index + 1),
      };
    }),
  );
  const started = performance.now();
  for (let keystroke = 0; keystroke < keystrokes; keystroke += 1)
    for (const person of people) person.session.receive(person.type());
  await Promise.all(people.map((person) => person.connection.stored(keystrokes)));
  const totalMs = performance.now() - started;
  await Promise.all(people.map((person) => person.session.leave()));
  await store.close();
  return { totalMs, commits };
}
