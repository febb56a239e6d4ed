// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';

import {
  editorsClosedAfterEach,
  levels,
  numbered,
  paragraph,
  placeCursor,
  press,
  shownNumbers,
} from '../../testing/editor-harness.js';

const open = editorsClosedAfterEach();

describe('Enter in a numbered paragraph', () => {
  it('creates a numbered paragraph at the same level when pressed at the end', () => {
    const editor = open([numbered(1, 'Section'), numbered(2, 'Paragraph')]);
    placeCursor(editor, 1);
    press(editor, 'Enter');
    editor.commands.insertContent('Next');
    expect(levels(editor)).toEqual([1, 2, 2]);
    expect(editor.state.doc.child(2).textContent).toBe('Next');
    expect(shownNumbers(editor)).toEqual(['1.', '1.1.', '1.2.']);
  });

  it('splits in the middle into two numbered paragraphs of the same level', () => {
    const editor = open([numbered(3, 'HeadTail')]);
    placeCursor(editor, 0, 4);
    press(editor, 'Enter');
    expect(levels(editor)).toEqual([3, 3]);
    expect(editor.state.doc.child(1).textContent).toBe('Tail');
  });

  it('moves an empty numbered paragraph one level up, then out of numbering', () => {
    const editor = open([numbered(1, 'Section'), numbered(2)]);
    placeCursor(editor, 1);
    press(editor, 'Enter');
    expect(levels(editor)).toEqual([1, 1]);
    press(editor, 'Enter');
    expect(levels(editor)).toEqual([1]);
    expect(editor.state.doc.child(1).type.name).toBe('paragraph');
  });
});

describe('Tab and Shift-Tab', () => {
  it('change the level one step at a time, bounded by 1 and 6', () => {
    const editor = open([numbered(1, 'Section'), numbered(5, 'Deep')]);
    placeCursor(editor, 1);
    expect(press(editor, 'Tab')).toBe(true);
    expect(press(editor, 'Tab')).toBe(true);
    expect(levels(editor)).toEqual([1, 6]);
    placeCursor(editor, 0);
    expect(press(editor, 'Shift-Tab')).toBe(true);
    expect(levels(editor)).toEqual([1, 6]);
  });

  it('are left to others outside numbered paragraphs', () => {
    const editor = open([paragraph('Plain')]);
    placeCursor(editor, 0);
    expect(editor.commands.indentNumberedParagraph()).toBe(false);
    expect(editor.commands.outdentNumberedParagraph()).toBe(false);
  });

  it('shift every numbered paragraph in the selection', () => {
    const editor = open([numbered(1, 'A'), numbered(2, 'B'), numbered(2, 'C')]);
    editor.commands.setTextSelection({ from: 5, to: editor.state.doc.content.size - 2 });
    editor.commands.indentNumberedParagraph();
    expect(levels(editor)).toEqual([1, 3, 3]);
  });
});
