/**
 * A suggestion being typed, before it is sent: the range it replaces (empty for an insertion)
 * and the text typed so far ('' for a deletion). Positions are the editor's.
 */
export interface PendingSuggestion {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

/** A key that changes text, as suggesting mode reads it. */
export type Keystroke =
  | { readonly kind: 'type'; readonly text: string }
  | { readonly kind: 'backspace' }
  | { readonly kind: 'delete' };

/** What a keystroke does: the suggestion typed so far, where the cursor goes, what to send now. */
export interface KeystrokeResult {
  readonly pending: PendingSuggestion | undefined;
  readonly cursor: number;
  /** A suggestion complete at once (a selection deleted), or the one left behind. */
  readonly send: PendingSuggestion | undefined;
}

/**
 * Where the cursor stays while a suggestion is typed: after the proposed text, or at the start
 * of a deletion (which grows to the left with Backspace and to the right with Delete).
 */
export function homeOf(pending: PendingSuggestion): number {
  return pending.text === '' ? pending.from : pending.to;
}

/**
 * The pure part of suggesting mode: how a keystroke changes the suggestion being typed.
 * `where.selection` is the editor's; `where.block` bounds the paragraph's text (a suggestion
 * stays in one).
 */
export function applyKeystroke(
  before: PendingSuggestion | undefined,
  key: Keystroke,
  where: {
    readonly selection: { readonly from: number; readonly to: number };
    readonly block: { readonly start: number; readonly end: number };
  },
): KeystrokeResult {
  const { selection, block } = where;
  const atHome =
    before !== undefined && selection.from === selection.to && selection.from === homeOf(before);
  // A keystroke somewhere else starts afresh: what was being typed goes as it is.
  const left = atHome ? undefined : before;
  const pending = atHome ? before : undefined;
  const result = (
    next: PendingSuggestion | undefined,
    cursor: number,
    send: PendingSuggestion | undefined = left,
  ): KeystrokeResult => ({ pending: next, cursor, send });

  if (pending === undefined) {
    const { from, to } = selection;
    switch (key.kind) {
      case 'type': {
        const started = { from, to, text: key.text };
        return result(started, homeOf(started));
      }
      case 'backspace':
        if (from < to) return result(undefined, from, { from, to, text: '' });
        return from > block.start
          ? result({ from: from - 1, to: from, text: '' }, from - 1)
          : result(undefined, from);
      case 'delete':
        if (from < to) return result(undefined, from, { from, to, text: '' });
        return to < block.end
          ? result({ from, to: to + 1, text: '' }, from)
          : result(undefined, from);
    }
  }
  switch (key.kind) {
    case 'type': {
      const grown = { ...pending, text: pending.text + key.text };
      return result(grown, homeOf(grown), undefined);
    }
    case 'backspace': {
      if (pending.text !== '') {
        const shorter = { ...pending, text: pending.text.slice(0, -1) };
        if (shorter.text === '' && shorter.from === shorter.to)
          return result(undefined, shorter.from, undefined);
        return result(shorter, homeOf(shorter), undefined);
      }
      if (pending.from <= block.start) return result(pending, pending.from, undefined);
      return result({ ...pending, from: pending.from - 1 }, pending.from - 1, undefined);
    }
    case 'delete': {
      if (pending.text !== '' || pending.to >= block.end)
        return result(pending, homeOf(pending), undefined);
      return result({ ...pending, to: pending.to + 1 }, pending.from, undefined);
    }
  }
}
