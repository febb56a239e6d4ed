import { describe, expect, it } from 'vitest';
import { freshStoreEach, storeTargets } from '../../testing/index.js';

/** What the database itself refuses, and what `verify` finds when someone gets past it. */
describe.each(storeTargets())('tamper evidence on $name', (target) => {
  const opened = freshStoreEach(target, {
    seed: (store) =>
      store.append('draft-1', [
        { type: 'DraftUpdated', payload: new Uint8Array([1, 2, 3]), metadata: { actor: 'chair' } },
        { type: 'NoteAdded', data: { text: 'original' } },
        { type: 'NoteAdded', data: { text: 'later' } },
      ]),
  });

  const dropGuard = async (): Promise<void> => {
    if (target.name === 'sqlite') {
      await opened.raw('DROP TRIGGER events_refuse_update');
      await opened.raw('DROP TRIGGER events_refuse_delete');
    } else {
      await opened.raw('DROP TRIGGER events_refuse_update_delete ON events');
    }
  };

  /** `verify` finds the chain of draft-1 broken at `brokenAt`, for a reason matching `reason`. */
  const expectBrokenAt = async (brokenAt: number, reason: RegExp): Promise<void> => {
    expect(await opened.store.verify('draft-1')).toMatchObject({
      ok: false,
      brokenAt,
      reason: expect.stringMatching(reason) as unknown,
    });
  };

  it('refuses UPDATE of an event in the database itself', async () => {
    await expect(
      opened.raw("UPDATE events SET type = 'Forged' WHERE revision = 1"),
    ).rejects.toThrow(/append-only/);
    expect((await opened.store.readStream('draft-1'))[1]!.type).toBe('NoteAdded');
  });

  it('refuses DELETE of an event in the database itself', async () => {
    await expect(opened.raw('DELETE FROM events WHERE revision = 2')).rejects.toThrow(
      /append-only/,
    );
    expect(await opened.store.readStream('draft-1')).toHaveLength(3);
  });

  it.runIf(target.name === 'postgres')('refuses TRUNCATE of the events table', async () => {
    await expect(opened.raw('TRUNCATE events CASCADE')).rejects.toThrow(/append-only/);
  });

  it('verifies an untouched stream up to its head', async () => {
    const head = await opened.store.head('draft-1');
    expect(await opened.store.verify('draft-1')).toEqual({
      ok: true,
      stream: 'draft-1',
      revision: 2,
      hash: head!.hash,
    });
  });

  it('names the revision whose data was altered behind its back', async () => {
    await dropGuard();
    const forged = Buffer.from('{"text":"forged"}');
    await opened.raw('UPDATE events SET data = ? WHERE stream_id = ? AND revision = 1', [
      forged,
      'draft-1',
    ]);
    await expectBrokenAt(1, /altered/);
  });

  it('names the revision whose metadata was altered', async () => {
    await dropGuard();
    await opened.raw(
      `UPDATE events SET metadata = ${target.name === 'sqlite' ? 'CAST(\'{"actor":"vice-chair"}\' AS BLOB)' : 'convert_to(\'{"actor":"vice-chair"}\', \'UTF8\')'} WHERE revision = 0`,
    );
    expect(await opened.store.verify('draft-1')).toMatchObject({ ok: false, brokenAt: 0 });
  });

  it('notices an event removed from the middle', async () => {
    await dropGuard();
    await opened.raw('DELETE FROM events WHERE revision = 1');
    await expectBrokenAt(1, /missing/);
  });

  it('notices a seal forged into an event', async () => {
    await dropGuard();
    await opened.raw("UPDATE events SET seal = 'seal' WHERE revision = 2");
    expect((await opened.store.head('draft-1'))?.sealed).toBe(true);
    await expectBrokenAt(2, /altered/);
  });

  it('verifies every stream at once', async () => {
    await opened.store.append('meeting-1', [
      { type: 'MeetingScheduled', data: { title: 'CWG-WSIS&SDG-34' } },
    ]);
    const results = await opened.store.verifyAll();
    expect(results.map((result) => [result.stream, result.ok])).toEqual([
      ['draft-1', true],
      ['meeting-1', true],
    ]);
  });
});
