// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';

import {
  editorsClosedAfterEach,
  levels,
  numbered,
  paragraph,
  placeCursor,
  shownNumbers,
} from '../../testing/editor-harness.js';

const open = editorsClosedAfterEach();

describe('numbers in the editor', () => {
  it('shows each number as a non-editable widget in front of its text', () => {
    const editor = open([numbered(1, 'Introduction'), numbered(2, 'First'), numbered(2, 'Second')]);
    const heading = editor.view.dom.querySelector('h2.numbered-paragraph[data-level="1"]');
    const number = heading?.firstElementChild;
    expect(number?.classList.contains('paragraph-number')).toBe(true);
    expect(number?.getAttribute('contenteditable')).toBe('false');
    expect(number?.textContent).toBe('1.');
    expect(heading?.textContent).toBe('1.Introduction');
    expect(editor.view.dom.querySelectorAll('p.numbered-paragraph[data-level="2"]')).toHaveLength(
      2,
    );
    expect(shownNumbers(editor)).toEqual(['1.', '1.1.', '1.2.']);
  });

  it('keeps the numbers out of the stored text', () => {
    const editor = open([numbered(1, 'Introduction')]);
    expect(editor.getText()).not.toContain('1.');
    expect(JSON.stringify(editor.getJSON())).not.toContain('1.');
  });

  it('renumbers every later section when a section is inserted above them', () => {
    const editor = open([numbered(1, 'A'), numbered(2, 'A one'), numbered(1, 'B')]);
    editor.commands.insertContentAt(0, numbered(1, 'New first section'));
    expect(shownNumbers(editor)).toEqual(['1.', '2.', '2.1.', '3.']);
  });
});

describe('numbered paragraph commands', () => {
  it('setNumberedParagraph turns a paragraph into a numbered one at the bounded level', () => {
    const editor = open([paragraph('Text')]);
    placeCursor(editor, 0);
    editor.commands.setNumberedParagraph({ level: 3 });
    expect(levels(editor)).toEqual([3]);
    editor.commands.setNumberedParagraph({ level: 9 });
    expect(levels(editor)).toEqual([6]);
  });

  it('toggleNumberedParagraph continues at the level of the numbered paragraph before, and toggles back', () => {
    const editor = open([numbered(1, 'Section'), numbered(2, 'Point'), paragraph('Another point')]);
    placeCursor(editor, 2);
    editor.commands.toggleNumberedParagraph();
    expect(levels(editor)).toEqual([1, 2, 2]);
    expect(shownNumbers(editor)).toEqual(['1.', '1.1.', '1.2.']);
    editor.commands.toggleNumberedParagraph();
    expect(editor.state.doc.child(2).type.name).toBe('paragraph');
  });

  it('toggleNumberedParagraph starts a document at level 1', () => {
    const editor = open([paragraph('First')]);
    placeCursor(editor, 0);
    editor.commands.toggleNumberedParagraph();
    expect(levels(editor)).toEqual([1]);
  });
});
