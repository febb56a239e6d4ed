import { describe, expect, it } from 'vitest';
import { freshStoreEach, storeTargets } from '../../testing/index.js';
import { ValidationError } from '../index.js';

describe.each(storeTargets())('snapshots on $name', (target) => {
  const opened = freshStoreEach(target, {
    seed: (store) =>
      store.append(
        'draft-1',
        Array.from({ length: 10 }, (_, index) => ({
          type: 'DraftUpdated',
          payload: new Uint8Array([index]),
        })),
      ),
  });

  it('keeps the state at a revision with the chain hash of exactly that history', async () => {
    const [fifth] = await opened.store.readStream('draft-1', { from: 4, limit: 1 });
    const saved = await opened.store.saveSnapshot('draft-1', {
      revision: 4,
      state: new Uint8Array([4, 4]),
    });
    expect(saved.chainHash).toBe(fifth!.hash);
    const loaded = await opened.store.loadSnapshot('draft-1');
    expect(loaded).toMatchObject({ stream: 'draft-1', revision: 4, chainHash: fifth!.hash });
    expect(Array.from(loaded!.state)).toEqual([4, 4]);
  });

  it('loads the latest snapshot at or before a revision', async () => {
    await opened.store.saveSnapshot('draft-1', { revision: 2, state: new Uint8Array([2]) });
    await opened.store.saveSnapshot('draft-1', { revision: 6, state: new Uint8Array([6]) });
    expect((await opened.store.loadSnapshot('draft-1', { atOrBefore: 5 }))?.revision).toBe(2);
    expect((await opened.store.loadSnapshot('draft-1', { atOrBefore: 6 }))?.revision).toBe(6);
    expect((await opened.store.loadSnapshot('draft-1'))?.revision).toBe(6);
    expect(await opened.store.loadSnapshot('draft-1', { atOrBefore: 1 })).toBeUndefined();
  });

  it('refuses a snapshot of a revision that is not stored', async () => {
    await expect(
      opened.store.saveSnapshot('draft-1', { revision: 10, state: new Uint8Array() }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      opened.store.saveSnapshot('nobody', { revision: 0, state: new Uint8Array() }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await opened.store.loadSnapshot('draft-1')).toBeUndefined();
  });

  it('answers the same without snapshots once they are deleted', async () => {
    await opened.store.saveSnapshot('draft-1', { revision: 3, state: new Uint8Array([3]) });
    await opened.store.deleteSnapshots('draft-1');
    expect(await opened.store.loadSnapshot('draft-1')).toBeUndefined();
    expect(await opened.store.readStream('draft-1')).toHaveLength(10);
  });

  it('ignores a snapshot whose history no longer matches the log', async () => {
    await opened.store.saveSnapshot('draft-1', { revision: 3, state: new Uint8Array([3]) });
    await opened.raw("UPDATE snapshots SET chain_hash = 'not-the-history' WHERE revision = 3");
    expect(await opened.store.loadSnapshot('draft-1')).toBeUndefined();
  });
});
