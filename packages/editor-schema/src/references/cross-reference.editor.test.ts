// @vitest-environment happy-dom
import type { Editor } from '@tiptap/core';
import { describe, expect, it } from 'vitest';

import { editorsClosedAfterEach, numbered, paragraph } from '../../testing/editor-harness.js';
import { outlineOf } from './cross-reference-plugin.js';
import { BROKEN_REFERENCE_TITLE } from './cross-reference.js';
import { brokenReferencesOf } from './reference-numbers.js';

const open = editorsClosedAfterEach();

function shownReferences(
  editor: Editor,
): { text: string | null; broken: boolean; title: string }[] {
  return [...editor.view.dom.querySelectorAll('.cross-reference')].map((span) => ({
    text: span.textContent,
    broken: span.classList.contains('is-broken'),
    title: span.getAttribute('title') ?? '',
  }));
}

/** A draft with sections 1 and 2 (2 has 2.1), and a last paragraph to write a reference in. */
function draft(): Editor {
  return open([
    numbered(1, 'One'),
    numbered(1, 'Two'),
    numbered(2, 'Two point one'),
    paragraph('See section '),
  ]);
}

function referTo(editor: Editor, number: string): void {
  const entry = outlineOf(editor.state.doc).find((paragraph) => paragraph.number === number);
  editor.commands.setTextSelection(editor.state.doc.content.size - 1);
  expect(editor.commands.insertCrossReference({ paragraphAt: entry?.pos ?? -1 })).toBe(true);
}

describe('cross-references in the editor', () => {
  it('inserts a reference that shows the target number and gives the target an id', () => {
    const editor = draft();
    referTo(editor, '2.1');
    expect(shownReferences(editor)).toEqual([{ text: '2.1', broken: false, title: 'Goes to 2.1' }]);
    const target = editor.state.doc.child(2).attrs['id'] as string;
    expect(target).toMatch(/^p-[a-z0-9]{12}$/u);
    expect(editor.getJSON().content[3]?.content?.[1]).toEqual({
      type: 'crossReference',
      attrs: { target, label: '2.1' },
    });
  });

  it('renumbers live when a section is inserted above the target', () => {
    const editor = draft();
    referTo(editor, '2');
    editor.commands.insertContentAt(0, numbered(1, 'Zero'));
    expect(shownReferences(editor).map((shown) => shown.text)).toEqual(['3']);
  });

  it('shows a reference whose target was deleted as broken, and the check lists it', () => {
    const editor = draft();
    referTo(editor, '2.1');
    const target = outlineOf(editor.state.doc).find((entry) => entry.number === '2.1');
    const node = editor.state.doc.nodeAt(target?.pos ?? 0);
    editor.commands.deleteRange({
      from: target?.pos ?? 0,
      to: (target?.pos ?? 0) + (node?.nodeSize ?? 0),
    });
    expect(shownReferences(editor)).toEqual([
      { text: '2.1', broken: true, title: BROKEN_REFERENCE_TITLE },
    ]);
    expect(brokenReferencesOf(editor.getJSON())).toEqual([
      { label: '2.1', inParagraph: '2.', context: 'See section 2.1' },
    ]);
  });

  it('does not hand the id on when Enter makes a new paragraph after the target', () => {
    const editor = draft();
    referTo(editor, '1');
    editor.commands.setTextSelection(1 + 'One'.length);
    editor.commands.keyboardShortcut('Enter');
    editor.commands.insertContent('New');
    const ids = outlineOf(editor.state.doc).map((entry) => entry.id);
    expect(ids[0]).not.toBeNull();
    expect(ids.slice(1)).toEqual([null, null, null]);
    expect(shownReferences(editor).map((shown) => shown.text)).toEqual(['1']);
  });

  it('keeps ids unique when a copy of a referenced paragraph is pasted below', () => {
    const editor = draft();
    referTo(editor, '1');
    const copy = editor.state.doc.child(0).toJSON() as Record<string, unknown>;
    editor.commands.insertContentAt(editor.state.doc.child(0).nodeSize, copy);
    const ids = outlineOf(editor.state.doc).map((entry) => entry.id);
    expect(ids[0]).not.toBeNull();
    expect(ids[1]).toBeNull();
    expect(shownReferences(editor).map((shown) => shown.text)).toEqual(['1']);
  });
});
