/** A card as the margin places it: where its anchored text is, and how tall it is. */
export interface CardBox {
  readonly id: string;
  /** The top of its anchored text, from the top of the page; undefined when it has none. */
  readonly anchorTop: number | undefined;
  readonly height: number;
}

/** The space between two stacked cards. */
export const CARD_GAP = 8;

/**
 * Where each card goes: beside its anchored text when there is room, else just below the card
 * above it, so that none overlaps another (Google Docs' margin). Cards keep the order of their
 * text; cards without one (orphaned: the text is gone) follow at the end, in the given order.
 * The card `focus` (selected) is put exactly beside its text, and those above it move up.
 */
export function stackCards(cards: readonly CardBox[], focus?: string): ReadonlyMap<string, number> {
  const anchored = cards
    .filter((card) => card.anchorTop !== undefined)
    .sort((a, b) => (a.anchorTop ?? 0) - (b.anchorTop ?? 0));
  const loose = cards.filter((card) => card.anchorTop === undefined);
  const tops = new Map<string, number>();
  let below = 0;
  for (const card of anchored) {
    const top = Math.max(card.anchorTop ?? 0, below);
    tops.set(card.id, top);
    below = top + card.height + CARD_GAP;
  }
  const focused = anchored.findIndex((card) => card.id === focus);
  const focusedCard = anchored[focused];
  if (focusedCard !== undefined && focusedCard.anchorTop !== undefined) {
    // From the selected card down, everything follows it; above it, cards make room upwards.
    let top = focusedCard.anchorTop;
    for (const card of anchored.slice(focused)) {
      top = Math.max(top, card.anchorTop ?? 0);
      tops.set(card.id, top);
      top += card.height + CARD_GAP;
    }
    below = top;
    let above = focusedCard.anchorTop - CARD_GAP;
    for (const card of anchored.slice(0, focused).reverse()) {
      const top = Math.min(tops.get(card.id) ?? 0, above - card.height);
      tops.set(card.id, top);
      above = top - CARD_GAP;
    }
  }
  for (const card of loose) {
    tops.set(card.id, below);
    below += card.height + CARD_GAP;
  }
  return tops;
}
