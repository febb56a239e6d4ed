import { describe, expect, it } from 'vitest';

import {
  applyKeystroke,
  homeOf,
  type Keystroke,
  type PendingSuggestion,
} from './pending-suggestion.js';

const BLOCK = { start: 10, end: 40 };
const type = (text: string): Keystroke => ({ kind: 'type', text });
const BACKSPACE: Keystroke = { kind: 'backspace' };
const DELETE: Keystroke = { kind: 'delete' };

/** Plays keystrokes from a cursor, as a person types them, and collects what is sent. */
function play(cursor: { from: number; to: number }, keys: readonly Keystroke[]) {
  let pending: PendingSuggestion | undefined;
  let selection = cursor;
  const sent: PendingSuggestion[] = [];
  for (const key of keys) {
    const result = applyKeystroke(pending, key, { selection, block: BLOCK });
    if (result.send !== undefined) sent.push(result.send);
    pending = result.pending;
    selection = { from: result.cursor, to: result.cursor };
  }
  return { pending, cursor: selection.from, sent };
}

describe('a suggestion typed in suggesting mode', () => {
  it('collects typed characters into one insertion, the cursor after them', () => {
    const typed = play({ from: 20, to: 20 }, [type('n'), type('e'), type('w')]);
    expect(typed.pending).toEqual({ from: 20, to: 20, text: 'new' });
    expect(typed.cursor).toBe(20);
    expect(typed.sent).toEqual([]);
  });

  it('takes back typed characters with Backspace, and nothing is left to send', () => {
    const typed = play({ from: 20, to: 20 }, [type('a'), type('b'), BACKSPACE, BACKSPACE]);
    expect(typed.pending).toBeUndefined();
    expect(typed.sent).toEqual([]);
  });

  it('grows a deletion to the left with Backspace and to the right with Delete', () => {
    const typed = play({ from: 20, to: 20 }, [BACKSPACE, BACKSPACE, DELETE]);
    expect(typed.pending).toEqual({ from: 18, to: 21, text: '' });
    expect(typed.cursor).toBe(18);
  });

  it('stops a deletion at the paragraph’s edges', () => {
    expect(play({ from: 11, to: 11 }, [BACKSPACE, BACKSPACE, BACKSPACE]).pending).toEqual({
      from: 10,
      to: 11,
      text: '',
    });
    expect(play({ from: 40, to: 40 }, [DELETE]).pending).toBeUndefined();
  });

  it('turns typing over a selection into a replacement', () => {
    const typed = play({ from: 12, to: 18 }, [type('X'), type('Y')]);
    expect(typed.pending).toEqual({ from: 12, to: 18, text: 'XY' });
    expect(homeOf(typed.pending!)).toBe(18);
  });

  it('sends a deleted selection at once', () => {
    const typed = play({ from: 12, to: 18 }, [BACKSPACE]);
    expect(typed.sent).toEqual([{ from: 12, to: 18, text: '' }]);
    expect(typed.pending).toBeUndefined();
  });

  it('turns a deletion into a replacement when typing follows it', () => {
    const typed = play({ from: 20, to: 20 }, [BACKSPACE, BACKSPACE, type('Z')]);
    expect(typed.pending).toEqual({ from: 18, to: 20, text: 'Z' });
    expect(typed.cursor).toBe(20);
  });

  it('sends what was typed when the next keystroke is somewhere else', () => {
    const first = applyKeystroke(undefined, type('a'), {
      selection: { from: 20, to: 20 },
      block: BLOCK,
    });
    const elsewhere = applyKeystroke(first.pending, type('b'), {
      selection: { from: 30, to: 30 },
      block: BLOCK,
    });
    expect(elsewhere.send).toEqual({ from: 20, to: 20, text: 'a' });
    expect(elsewhere.pending).toEqual({ from: 30, to: 30, text: 'b' });
  });
});
