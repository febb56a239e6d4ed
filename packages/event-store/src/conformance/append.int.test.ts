import { describe, expect, it } from 'vitest';
import { freshStoreEach, note, storeTargets } from '../../testing/index.js';
import { ConcurrencyError, type EventStore } from '../index.js';

describe.each(storeTargets())('appending on $name', (target) => {
  const opened = freshStoreEach(target);

  it('numbers a new stream from revision 0 and returns the revision to append on top of', async () => {
    const first = await opened.store.append('meeting-1', [note('a'), note('b')]);
    expect(first).toMatchObject({ stream: 'meeting-1', firstRevision: 0, nextExpectedRevision: 1 });
    const second = await opened.store.append('meeting-1', [note('c')], {
      expectedRevision: first.nextExpectedRevision,
    });
    expect(second).toMatchObject({ firstRevision: 2, nextExpectedRevision: 2 });
    const events = await opened.store.readStream('meeting-1');
    expect(events.map((event) => [event.revision, event.data])).toEqual([
      [0, { text: 'a' }],
      [1, { text: 'b' }],
      [2, { text: 'c' }],
    ]);
    expect(events[2]!.position).toBe(second.position);
  });

  it('reports, for each stream of one append, the position and hash of its own last event', async () => {
    const results = await opened.store.appendMany([
      { stream: 'meeting-1', events: [note('m0'), note('m1'), note('m2')] },
      { stream: 'draft-1', events: [note('d0'), note('d1')] },
    ]);
    const all = await opened.store.readAll();
    const lastOf = (stream: string) => all.filter((event) => event.stream === stream).at(-1);
    expect(results.map((result) => [result.position, result.hash])).toEqual(
      ['meeting-1', 'draft-1'].map((stream) => [lastOf(stream)?.position, lastOf(stream)?.hash]),
    );
    expect(all.map((event) => event.data)).toEqual(
      ['m0', 'm1', 'm2', 'd0', 'd1'].map((text) => ({ text })),
    );
  });

  describe('expectedRevision, as EventStoreDB defines it', () => {
    it("'no_stream' accepts a new stream and refuses an existing one", async () => {
      await opened.store.append('s', [note('a')], { expectedRevision: 'no_stream' });
      const error = await opened.store
        .append('s', [note('b')], { expectedRevision: 'no_stream' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConcurrencyError);
      expect(error).toMatchObject({
        stream: 's',
        expected: 'no_stream',
        actual: 0,
        code: 'concurrency_conflict',
        kind: 'conflict',
      });
    });

    it("'exists' refuses a missing stream and accepts an existing one", async () => {
      const error = await opened.store
        .append('s', [note('a')], { expectedRevision: 'exists' })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({
        name: 'ConcurrencyError',
        expected: 'exists',
        actual: 'no_stream',
      });
      await opened.store.append('s', [note('a')]);
      await expect(
        opened.store.append('s', [note('b')], { expectedRevision: 'exists' }),
      ).resolves.toMatchObject({ nextExpectedRevision: 1 });
    });

    it('a number must be the exact current revision', async () => {
      await opened.store.append('s', [note('a'), note('b')]);
      await expect(
        opened.store.append('s', [note('x')], { expectedRevision: 0 }),
      ).rejects.toMatchObject({
        expected: 0,
        actual: 1,
      });
      await expect(
        opened.store.append('t', [note('x')], { expectedRevision: 0 }),
      ).rejects.toMatchObject({
        expected: 0,
        actual: 'no_stream',
      });
      await expect(
        opened.store.append('s', [note('c')], { expectedRevision: 1 }),
      ).resolves.toMatchObject({
        nextExpectedRevision: 2,
      });
    });

    it("'any' appends whatever the stream's state", async () => {
      await opened.store.append('s', [note('a')], { expectedRevision: 'any' });
      await opened.store.append('s', [note('b')], { expectedRevision: 'any' });
      expect((await opened.store.head('s'))?.revision).toBe(1);
    });

    it('a refused append stores nothing', async () => {
      await opened.store.append('s', [note('a')]);
      await opened.store.append('s', [note('b')], { expectedRevision: 5 }).catch(() => undefined);
      expect(await opened.store.readAll()).toHaveLength(1);
    });
  });

  it('lets exactly one of 20 racing appends at the same revision win, leaving no gap or duplicate', async () => {
    await opened.store.append('race', [note('start')]);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, index) =>
        opened.store.append('race', [note(`racer ${index}`)], { expectedRevision: 0 }),
      ),
    );
    const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const lost = outcomes.filter(
      (outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected',
    );
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(19);
    for (const outcome of lost) expect(outcome.reason).toBeInstanceOf(ConcurrencyError);
    const revisions = (await opened.store.readStream('race')).map((event) => event.revision);
    expect(revisions).toEqual([0, 1]);
  });

  it("lets exactly one of 20 racing 'no_stream' appends create the stream", async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, index) =>
        opened.store.append('fresh', [note(`racer ${index}`)], { expectedRevision: 'no_stream' }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    for (const outcome of outcomes)
      if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(ConcurrencyError);
    expect((await opened.store.readStream('fresh')).map((event) => event.revision)).toEqual([0]);
  });

  it("serialises 20 racing 'any' appends into one gapless stream", async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        opened.store.append('busy', [note(`writer ${index}`)]),
      ),
    );
    const events = await opened.store.readStream('busy');
    expect(events.map((event) => event.revision)).toEqual(
      Array.from({ length: 20 }, (_, index) => index),
    );
    expect(await opened.store.verify('busy')).toMatchObject({ ok: true, revision: 19 });
  });

  it('keeps JSON data, binary payloads and metadata exactly', async () => {
    const payload = new Uint8Array([0, 1, 2, 250, 255]);
    await opened.store.append('s', [
      {
        type: 'DraftUpdated',
        payload,
        metadata: { actor: 'user-7', role: 'secretariat', connection: 'c1' },
      },
      { type: 'NoteAdded', data: { z: 1, a: [true, null, 'é', 1.5], nested: { b: 'x' } } },
    ]);
    const [update, noted] = await opened.store.readStream('s');
    expect(update).toMatchObject({
      type: 'DraftUpdated',
      data: null,
      metadata: { actor: 'user-7', role: 'secretariat', connection: 'c1' },
    });
    expect(Array.from(update!.payload!)).toEqual([0, 1, 2, 250, 255]);
    expect(noted).toMatchObject({
      payload: null,
      data: { z: 1, a: [true, null, 'é', 1.5], nested: { b: 'x' } },
    });
    expect(noted!.recordedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('reads a stream by range, backwards and with a limit', async () => {
    await opened.store.append(
      's',
      Array.from({ length: 10 }, (_, index) => note(String(index))),
    );
    const revisions = async (options: Parameters<EventStore['readStream']>[1]) =>
      (await opened.store.readStream('s', options)).map((event) => event.revision);
    expect(await revisions({ from: 3, to: 5 })).toEqual([3, 4, 5]);
    expect(await revisions({ direction: 'backwards', limit: 3 })).toEqual([9, 8, 7]);
    expect(await revisions({ direction: 'backwards', from: 4, to: 2 })).toEqual([4, 3, 2]);
    expect(await revisions({ from: 8, limit: 10 })).toEqual([8, 9]);
    expect(await opened.store.readStream('nobody')).toEqual([]);
  });

  it('pages through the global log with opaque positions', async () => {
    await opened.store.append('a', [note('1'), note('2')]);
    await opened.store.append('b', [note('3')]);
    await opened.store.append('a', [note('4')]);
    const first = await opened.store.readAll({ limit: 2 });
    const rest = await opened.store.readAll({ after: first[1]!.position });
    expect([...first, ...rest].map((event) => event.data)).toEqual([
      { text: '1' },
      { text: '2' },
      { text: '3' },
      { text: '4' },
    ]);
    expect(await opened.store.readAll({ after: rest[rest.length - 1]!.position })).toEqual([]);
  });
});
