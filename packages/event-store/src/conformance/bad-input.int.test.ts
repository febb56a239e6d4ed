import { describe, expect, it } from 'vitest';
import { freshStoreEach, storeTargets } from '../../testing/index.js';
import { ValidationError, type NewEvent } from '../index.js';

class Meeting {
  title = 'not plain';
}

const circular: Record<string, unknown> = {};
circular.self = circular;

const refused: [string, () => [string, NewEvent[]]][] = [
  ['an empty stream name', () => ['', [{ type: 'T', data: {} }]]],
  ['a blank stream name', () => ['   ', [{ type: 'T', data: {} }]]],
  ['a stream name with a control character', () => ['draft\n1', [{ type: 'T', data: {} }]]],
  ['no events', () => ['s', []]],
  ['an empty type', () => ['s', [{ type: '', data: {} }]]],
  ['neither data nor payload', () => ['s', [{ type: 'T' }]]],
  ['both data and payload', () => ['s', [{ type: 'T', data: {}, payload: new Uint8Array(1) }]]],
  ['data holding undefined', () => ['s', [{ type: 'T', data: { a: undefined } as never }]]],
  ['data holding NaN', () => ['s', [{ type: 'T', data: { a: Number.NaN } }]]],
  ['data holding a function', () => ['s', [{ type: 'T', data: { a: () => 1 } as never }]]],
  ['data holding a Date', () => ['s', [{ type: 'T', data: { at: new Date() } as never }]]],
  ['data holding a class instance', () => ['s', [{ type: 'T', data: new Meeting() as never }]]],
  ['circular data', () => ['s', [{ type: 'T', data: circular as never }]]],
  ['a payload that is not bytes', () => ['s', [{ type: 'T', payload: 'bytes' as never }]]],
  ['metadata that is an array', () => ['s', [{ type: 'T', data: {}, metadata: [] as never }]]],
  [
    'the same event id twice in one append',
    () => [
      's',
      [
        { eventId: 'e', type: 'T', data: {} },
        { eventId: 'e', type: 'T', data: {} },
      ],
    ],
  ],
  ['a payload over the limit', () => ['s', [{ type: 'T', payload: new Uint8Array(1025) }]]],
  ['data over the limit', () => ['s', [{ type: 'T', data: { text: 'x'.repeat(1100) } }]]],
  [
    'more events than one append may hold',
    () => ['s', Array.from({ length: 5001 }, () => ({ type: 'T', data: {} }))],
  ],
];

describe.each(storeTargets())('bad input on $name', (target) => {
  const opened = freshStoreEach(target, { options: { limits: { maxEventBytes: 1024 } } });

  it.each(refused)('refuses %s with a ValidationError and stores nothing', async (_, input) => {
    const [stream, events] = input();
    const error = await opened.store.append(stream, events).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ code: 'validation_failed', kind: 'invalid' });
    expect((error as Error).message.length).toBeGreaterThan(20);
    expect(await opened.store.readAll()).toEqual([]);
  });

  it.each([
    ['a negative revision', { expectedRevision: -1 }],
    ['a fractional revision', { expectedRevision: 1.5 }],
    ['an unknown keyword', { expectedRevision: 'latest' }],
    ['an unknown seal', { seal: 'lock' }],
  ])('refuses %s in the options', async (_, options) => {
    await expect(
      opened.store.append('s', [{ type: 'T', data: {} }], options as never),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await opened.store.readAll()).toEqual([]);
  });

  it('refuses a whole multi-stream append when one part is bad', async () => {
    const appending = opened.store.appendMany([
      { stream: 'good', events: [{ type: 'T', data: {} }] },
      { stream: 'bad', events: [{ type: 'T', data: { n: Number.POSITIVE_INFINITY } }] },
    ]);
    await expect(appending).rejects.toBeInstanceOf(ValidationError);
    expect(await opened.store.readAll()).toEqual([]);
  });

  it('refuses bad read options', async () => {
    await expect(opened.store.readStream('s', { limit: 0 })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(opened.store.readStream('s', { from: -2 })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(opened.store.readAll({ limit: 1e9 })).rejects.toBeInstanceOf(ValidationError);
  });
});
