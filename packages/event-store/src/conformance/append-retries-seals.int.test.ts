import { describe, expect, it } from 'vitest';
import { freshStoreEach, note, storeTargets } from '../../testing/index.js';
import { DuplicateEventError, StreamSealedError } from '../index.js';

describe.each(storeTargets())('retries, atomic appends and seals on $name', (target) => {
  const opened = freshStoreEach(target);

  describe('idempotent retries', () => {
    it('returns the original result for a retry with the same ids and stores nothing twice', async () => {
      const events = [note('a', 'id-1'), note('b', 'id-2')];
      const original = await opened.store.append('s', events, { expectedRevision: 'no_stream' });
      await opened.store.append('s', [note('c')]);
      // The retry's expectedRevision is stale now: it is still the same append, not a conflict.
      const retried = await opened.store.append('s', events, { expectedRevision: 'no_stream' });
      expect(retried).toEqual(original);
      expect(await opened.store.readAll()).toHaveLength(3);
    });

    it('refuses the same ids with other content', async () => {
      await opened.store.append('s', [note('a', 'id-1')]);
      const error = await opened.store
        .append('s', [note('changed', 'id-1')])
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DuplicateEventError);
      expect(error).toMatchObject({
        code: 'duplicate_event_id',
        kind: 'conflict',
        eventIds: ['id-1'],
      });
      expect(await opened.store.readAll()).toHaveLength(1);
    });

    it('refuses the same id in another stream', async () => {
      await opened.store.append('s', [note('a', 'id-1')]);
      await expect(opened.store.append('t', [note('a', 'id-1')])).rejects.toBeInstanceOf(
        DuplicateEventError,
      );
    });

    it('refuses an append whose ids are only partly stored, and stores none of it', async () => {
      await opened.store.append('s', [note('a', 'id-1'), note('b', 'id-2')]);
      await expect(
        opened.store.append('s', [note('b', 'id-2'), note('c', 'id-3')]),
      ).rejects.toBeInstanceOf(DuplicateEventError);
      expect((await opened.store.readAll()).map((event) => event.eventId)).toEqual([
        'id-1',
        'id-2',
      ]);
    });

    it('returns the original result to racing retries of the same append', async () => {
      const events = [note('a', 'id-1'), note('b', 'id-2')];
      const results = await Promise.all(
        Array.from({ length: 8 }, () => opened.store.append('s', events)),
      );
      for (const result of results) expect(result).toEqual(results[0]);
      expect(await opened.store.readAll()).toHaveLength(2);
    });
  });

  describe('several streams at once', () => {
    it('writes to all of them in one transaction', async () => {
      const results = await opened.store.appendMany([
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
      expect((await opened.store.head('draft-1'))?.sealed).toBe(true);
    });

    it('writes none of them when one expectation fails', async () => {
      await opened.store.append('draft-1', [note('edit')]);
      const error = await opened.store
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
      expect(await opened.store.head('meeting-1')).toBeUndefined();
      expect(await opened.store.readAll()).toHaveLength(1);
    });
  });

  describe('sealed streams', () => {
    it('refuses every append to a sealed stream until an unsealing append', async () => {
      await opened.store.append('draft-1', [note('edit')]);
      await opened.store.append('draft-1', [{ type: 'DraftFrozen', data: {} }], {
        expectedRevision: 0,
        seal: 'seal',
      });
      const error = await opened.store
        .append('draft-1', [note('late edit')])
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StreamSealedError);
      expect(error).toMatchObject({
        code: 'stream_sealed',
        kind: 'locked',
        stream: 'draft-1',
        revision: 1,
      });
      await opened.store.append('draft-1', [{ type: 'DraftReopened', data: {} }], {
        seal: 'unseal',
      });
      await expect(opened.store.append('draft-1', [note('new edit')])).resolves.toMatchObject({
        nextExpectedRevision: 3,
      });
      expect((await opened.store.readStream('draft-1')).map((event) => event.seal)).toEqual([
        null,
        'seal',
        'unseal',
        null,
      ]);
      expect(await opened.store.verify('draft-1')).toMatchObject({ ok: true });
    });

    it('lets a sealing append that expects the exact head add to a sealed stream, which stays sealed', async () => {
      await opened.store.append('draft-1', [note('edit')]);
      await opened.store.append('draft-1', [{ type: 'ReviewStarted', data: {} }], {
        expectedRevision: 0,
        seal: 'seal',
      });
      // Without an exact revision a sealing append is refused like any other.
      await expect(
        opened.store.append('draft-1', [note('accepted')], { seal: 'seal' }),
      ).rejects.toBeInstanceOf(StreamSealedError);
      await expect(
        opened.store.append('draft-1', [note('accepted')], { expectedRevision: 1, seal: 'seal' }),
      ).resolves.toMatchObject({ nextExpectedRevision: 2 });
      expect((await opened.store.head('draft-1'))?.sealed).toBe(true);
      await expect(opened.store.append('draft-1', [note('typed')])).rejects.toBeInstanceOf(
        StreamSealedError,
      );
      expect(await opened.store.verify('draft-1')).toMatchObject({ ok: true });
    });

    it('treats a retry of the sealing append as the same append', async () => {
      const freeze = { type: 'DraftFrozen', data: {}, eventId: 'freeze-1' };
      const original = await opened.store.append('draft-1', [freeze], { seal: 'seal' });
      await expect(opened.store.append('draft-1', [freeze], { seal: 'seal' })).resolves.toEqual(
        original,
      );
    });
  });
});
