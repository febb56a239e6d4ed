import { describe, expect, it } from 'vitest';

import { CARD_GAP, stackCards, type CardBox } from './margin-layout.js';

const card = (id: string, anchorTop: number | undefined, height = 100): CardBox => ({
  id,
  anchorTop,
  height,
});

describe('stackCards', () => {
  it('puts each card beside its text when there is room', () => {
    const tops = stackCards([card('a', 40), card('b', 400)]);
    expect(tops.get('a')).toBe(40);
    expect(tops.get('b')).toBe(400);
  });

  it('pushes a card down below the one above it rather than overlap', () => {
    const tops = stackCards([card('b', 60), card('a', 40)]);
    expect(tops.get('a')).toBe(40);
    expect(tops.get('b')).toBe(40 + 100 + CARD_GAP);
  });

  it('puts cards without text at the end, in their order', () => {
    const tops = stackCards([card('gone', undefined, 50), card('a', 40)]);
    expect(tops.get('gone')).toBe(40 + 100 + CARD_GAP);
  });

  it('puts the selected card beside its text, moving the ones above it up', () => {
    const tops = stackCards([card('a', 40), card('b', 60), card('c', 70)], 'b');
    expect(tops.get('b')).toBe(60);
    expect(tops.get('a')).toBe(60 - CARD_GAP - 100);
    expect(tops.get('c')).toBe(60 + 100 + CARD_GAP);
  });

  it('never lets two cards overlap', () => {
    const cards = [card('a', 10, 80), card('b', 20, 120), card('c', 25, 40), card('d', 500, 60)];
    for (const focus of [undefined, 'a', 'b', 'c', 'd']) {
      const tops = stackCards(cards, focus);
      const boxes = cards
        .map((box) => ({
          top: tops.get(box.id) ?? 0,
          bottom: (tops.get(box.id) ?? 0) + box.height,
        }))
        .sort((x, y) => x.top - y.top);
      for (let i = 1; i < boxes.length; i++)
        expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom);
    }
  });
});
