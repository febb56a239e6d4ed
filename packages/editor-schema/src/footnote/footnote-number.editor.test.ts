// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';

import { editorsClosedAfterEach, paragraph } from '../../testing/editor-harness.js';

const open = editorsClosedAfterEach();

const note = (text: string) => ({ type: 'footnote', attrs: { text } });
const withNotes = (...notes: string[]) => ({
  type: 'paragraph',
  content: [{ type: 'text', text: 'Text' }, ...notes.map(note)],
});

type Opened = ReturnType<typeof open>;

/** The numbers the footnote references show, in document order, and their tooltips. */
function shown(editor: Opened): string[] {
  return [...editor.view.dom.querySelectorAll('sup.footnote')].map(
    (sup) => `${sup.getAttribute('data-number') ?? '-'}:${sup.getAttribute('title') ?? ''}`,
  );
}

describe('footnotes in the editor', () => {
  it('numbers the references 1, 2, 3 in document order, the text as the tooltip', () => {
    const editor = open([withNotes('first', 'second'), paragraph('Between'), withNotes('third')]);
    expect(shown(editor)).toEqual(['1:first', '2:second', '3:third']);
    // The number is shown, never stored.
    expect(JSON.stringify(editor.getJSON())).not.toContain('data-number');
  });

  it('renumbers the later notes when one is inserted above them', () => {
    const editor = open([withNotes('first'), withNotes('second')]);
    editor.commands.insertContentAt(1, note('new first'));
    expect(shown(editor)).toEqual(['1:new first', '2:first', '3:second']);
  });

  it('shows a changed text as the tooltip and keeps the numbers', () => {
    const editor = open([withNotes('first', 'second')]);
    let at = -1;
    editor.state.doc.descendants((node, pos) => {
      if (node.type.name === 'footnote' && at < 0) at = pos;
    });
    editor.view.dispatch(editor.state.tr.setNodeAttribute(at, 'text', 'changed'));
    expect(shown(editor)).toEqual(['1:changed', '2:second']);
  });
});
