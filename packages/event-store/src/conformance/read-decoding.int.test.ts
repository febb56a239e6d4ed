import { describe, expect, it } from 'vitest';
import { freshStoreEach, storeTargets } from '../../testing/index.js';
import type { NewEvent } from '../index.js';

// The global read decodes rows its own way (arrays, metadata once per distinct value): it must
// give exactly what the stream read gives, event for event.
describe.each(storeTargets())('reading the global log on $name', (target) => {
  const opened = freshStoreEach(target);

  const writers = ['ws-1', 'ws-2', 'ws-3'];
  const mixed = (index: number): NewEvent =>
    index % 4 === 0
      ? { type: 'NoteAdded', data: { text: `n${index}`, nested: { é: [index, null] } } }
      : {
          type: 'DraftUpdated',
          payload: new Uint8Array([index % 256, 0, 255]),
          metadata: { actor: 'chair', connection: writers[index % 3] ?? '', clients: [index % 3] },
        };

  it('gives every event as the stream read does, with interleaved metadata', async () => {
    await opened.store.append(
      'draft-1',
      Array.from({ length: 120 }, (_, index) => mixed(index)),
    );
    await opened.store.append('draft-1', [mixed(1)], { seal: 'seal' });
    const all = await opened.store.readAll({ limit: 500 });
    const stream = await opened.store.readStream('draft-1', { limit: 500 });
    expect(all).toHaveLength(121);
    expect(all).toEqual(stream);
    expect(all.at(-1)?.seal).toBe('seal');
    expect(all[0]?.data).toEqual({ text: 'n0', nested: { é: [0, null] } });
    expect(all[1]?.payload).toEqual(new Uint8Array([1, 0, 255]));
  });

  it('shares decoded metadata between events only frozen, so no event can change another', async () => {
    await opened.store.append('draft-1', [mixed(1), mixed(7)]);
    const [first, second] = await opened.store.readAll();
    expect(first?.metadata).toEqual({ actor: 'chair', connection: 'ws-2', clients: [1] });
    expect(second?.metadata).toEqual(first?.metadata);
    expect(Object.isFrozen(first?.metadata)).toBe(true);
    expect(() => {
      (first?.metadata as Record<string, unknown>).actor = 'someone else';
    }).toThrow(TypeError);
    expect(second?.metadata.actor).toBe('chair');
  });
});
