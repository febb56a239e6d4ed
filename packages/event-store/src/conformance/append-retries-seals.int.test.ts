import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeTargets, type TestStore } from '../../testing/index.js';
import {
  DuplicateEventError,
  StreamSealedError,
  type EventStore,
  type NewEvent,
} from '../index.js';

const note = (text: string, eventId?: string): NewEvent => ({
  type: 'NoteAdded',
  data: { text },
  ...(eventId ? { eventId } : {}),
});

describe.each(storeTargets())('retries, atomic appends and seals on $name', (target) => {
  let opened: TestStore;
  let store: EventStore;
  beforeEach(async () => {
    opened = await target.fresh();
    store = opened.store;
  });
  afterEach(() => opened.cleanup());

  describe('idempotent retries', () => {
    it('returns the original result for a retry with the same ids and stores nothing twice', async () => {
      const events = [note('a', 'id-1'), note('b', 'id-2')];
      const original = await store.append('s', events, { expectedRevision: 'no_stream' });
      await store.append('s', [note('c')]);
      // The retry's expectedRevision is stale now: it is still the same append, not a conflict.
      const retried = await store.append('s', events, { expectedRevision: 'no_stream' });
      expect(retried).toEqual(original);
      expect(await store.readAll()).toHaveLength(3);
    });

    it('refuses the same ids with other content', async () => {
      await store.append('s', [note('a', 'id-1')]);
      const error = await store.append('s', [note('changed', 'id-1')]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DuplicateEventError);
      expect(error).toMatchObject({ code: 'duplicate_event_id', eventIds: ['id-1'] });
      expect(await store.readAll()).toHaveLength(1);
    });

    it('refuses the same id in another stream', async () => {
      await store.append('s', [note('a', 'id-1')]);
      await expect(store.append('t', [note('a', 'id-1')])).rejects.toBeInstanceOf(
        DuplicateEventError,
      );
    });

    it('refuses an append whose ids are only partly stored, and stores none of it', async () => {
      await store.append('s', [note('a', 'id-1'), note('b', 'id-2')]);
      await expect(
        store.append('s', [note('b', 'id-2'), note('c', 'id-3')]),
      ).rejects.toBeInstanceOf(DuplicateEventError);
      expect((await store.readAll()).map((event) => event.eventId)).toEqual(['id-1', 'id-2']);
    });

    it('returns the original result to racing retries of the same append', async () => {
      const events = [note('a', 'id-1'), note('b', 'id-2')];
      const results = await Promise.all(Array.from({ length: 8 }, () => store.append('s', events)));
      for (const result of results) expect(result).toEqual(results[0]);
      expect(await store.readAll()).toHaveLength(2);
    });
  });

  describe('several streams at once', () => {
    it('writes to all of them in one transaction', async () => {
      const results = await store.appendMany([
        { stream: 'meeting-1', events: [note('VersionApproved')], expectedRevision: 'no_stream' },
        {
          stream: 'draft-1',
          events: [note('DraftFrozen')],
          expectedRevision: 'no_stream',
          seal: 'seal',
        },
      ]);
      expect(results.map((result) => [result.stream, result.nextExpectedRevision])).toEqual([
        ['meeting-1', 0],
        ['draft-1', 0],
      ]);
      expect((await store.head('draft-1'))?.sealed).toBe(true);
    });

    it('writes none of them when one expectation fails', async () => {
      await store.append('draft-1', [note('edit')]);
      const error = await store
        .appendMany([
          { stream: 'meeting-1', events: [note('VersionApproved')] },
          { stream: 'draft-1', events: [note('DraftFrozen')], expectedRevision: 7, seal: 'seal' },
        ])
        .catch((e: unknown) => e);
      expect(error).toMatchObject({
        name: 'ConcurrencyError',
        stream: 'draft-1',
        expected: 7,
        actual: 0,
      });
      expect(await store.head('meeting-1')).toBeUndefined();
      expect(await store.readAll()).toHaveLength(1);
    });
  });

  describe('sealed streams', () => {
    it('refuses every append to a sealed stream until an unsealing append', async () => {
      await store.append('draft-1', [note('edit')]);
      await store.append('draft-1', [{ type: 'DraftFrozen', data: {} }], {
        expectedRevision: 0,
        seal: 'seal',
      });
      const error = await store.append('draft-1', [note('late edit')]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StreamSealedError);
      expect(error).toMatchObject({ code: 'stream_sealed', stream: 'draft-1', revision: 1 });
      await store.append('draft-1', [{ type: 'DraftReopened', data: {} }], { seal: 'unseal' });
      await expect(store.append('draft-1', [note('new edit')])).resolves.toMatchObject({
        nextExpectedRevision: 3,
      });
      expect((await store.readStream('draft-1')).map((event) => event.seal)).toEqual([
        null,
        'seal',
        'unseal',
        null,
      ]);
      expect(await store.verify('draft-1')).toMatchObject({ ok: true });
    });

    it('treats a retry of the sealing append as the same append', async () => {
      const freeze = { type: 'DraftFrozen', data: {}, eventId: 'freeze-1' };
      const original = await store.append('draft-1', [freeze], { seal: 'seal' });
      await expect(store.append('draft-1', [freeze], { seal: 'seal' })).resolves.toEqual(original);
    });
  });
});
