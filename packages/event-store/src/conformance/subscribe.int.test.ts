import { describe, expect, it } from 'vitest';
import { collect, freshStoreEach, note, storeTargets } from '../../testing/index.js';
import { InvalidPositionError } from '../index.js';

const texts = (events: readonly { data: unknown }[]) =>
  events.map((event) => (event.data as { text: string }).text);

describe.each(storeTargets())('subscribing on $name', (target) => {
  const opened = freshStoreEach(target);

  it('catches up with the log, then receives new events live', async () => {
    await opened.store.append('a', [note('1'), note('2')]);
    const subscription = opened.store.subscribe();
    const arriving = collect(subscription, 4);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await opened.store.append('b', [note('3')]);
    await opened.store.append('a', [note('4')]);
    expect(texts(await arriving)).toEqual(['1', '2', '3', '4']);
  });

  it('resumes after a checkpoint without repeating or skipping', async () => {
    await opened.store.append('a', [note('1'), note('2'), note('3')]);
    const firstTwo = await collect(opened.store.subscribe(), 2);
    await opened.store.append('a', [note('4')]);
    const rest = await collect(opened.store.subscribe({ after: firstTwo[1]!.position }), 2);
    expect(texts(rest)).toEqual(['3', '4']);
  });

  it('follows one stream from a revision', async () => {
    await opened.store.append('draft-1', [note('d0'), note('d1')]);
    await opened.store.append('meeting-1', [note('m0')]);
    const subscription = opened.store.subscribe({ stream: 'draft-1', fromRevision: 1 });
    const arriving = collect(subscription, 2);
    await opened.store.append('meeting-1', [note('m1')]);
    await opened.store.append('draft-1', [note('d2')]);
    expect((await arriving).map((event) => [event.stream, event.revision])).toEqual([
      ['draft-1', 1],
      ['draft-1', 2],
    ]);
  });

  it('pages through a long catch-up in small batches', async () => {
    await opened.store.append(
      'a',
      Array.from({ length: 25 }, (_, index) => note(String(index))),
    );
    const received = await collect(opened.store.subscribe({ batchSize: 7 }), 25);
    expect(texts(received)).toEqual(Array.from({ length: 25 }, (_, index) => String(index)));
  });

  it('ends the iteration when closed while waiting', async () => {
    const subscription = opened.store.subscribe();
    const iterating = (async () => {
      const seen = [];
      for await (const event of subscription) seen.push(event);
      return seen;
    })();
    await new Promise((resolve) => setTimeout(resolve, 30));
    subscription.close();
    await expect(iterating).resolves.toEqual([]);
  });

  it.runIf(target.name === 'postgres')(
    'wakes on events another process commits (LISTEN/NOTIFY)',
    async () => {
      const subscription = opened.store.subscribe();
      const arriving = collect(subscription, 2, 10_000);
      await new Promise((resolve) => setTimeout(resolve, 100));
      // Another store object has its own pool, listener and in-process notifier: only the
      // database's notification can reach this subscriber.
      const elsewhere = await opened.reopen();
      await elsewhere.append('a', [note('from another process')]);
      await new Promise((resolve) => setTimeout(resolve, 100));
      await elsewhere.append('a', [note('and again')]);
      expect(texts(await arriving)).toEqual(['from another process', 'and again']);
    },
  );

  it('refuses a position it did not produce', async () => {
    await expect(opened.store.readAll({ after: 'not-a-position' as never })).rejects.toBeInstanceOf(
      InvalidPositionError,
    );
    await expect(
      collect(opened.store.subscribe({ after: 'x:y' as never }), 1),
    ).rejects.toBeInstanceOf(InvalidPositionError);
  });
});
