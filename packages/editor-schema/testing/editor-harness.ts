// A real Tiptap editor over the Rapporteur extensions, for tests that run in happy-dom
// (`// @vitest-environment happy-dom`), with helpers that read what a person would see.
import type { JSONContent } from '@tiptap/core';
import { Editor } from '@tiptap/core';
import { afterEach } from 'vitest';

import { rapporteurExtensions } from '../src/schema/extensions.js';

/** An editor holding `blocks`, mounted on a detached element. Destroy it after the test. */
export function editorWith(blocks: JSONContent[]): Editor {
  return new Editor({
    element: document.createElement('div'),
    extensions: rapporteurExtensions(),
    content: { type: 'doc', content: blocks },
  });
}

/**
 * `editorWith` for a whole test file: every editor it opens is destroyed after its test. Call it
 * once at the top of the file. Example: `const open = editorsClosedAfterEach(); open([...])`.
 */
export function editorsClosedAfterEach(): (blocks: JSONContent[]) => Editor {
  const editors: Editor[] = [];
  afterEach(() => {
    editors.splice(0).forEach((editor) => {
      editor.destroy();
    });
  });
  return (blocks) => {
    const editor = editorWith(blocks);
    editors.push(editor);
    return editor;
  };
}

/** A numbered paragraph at `level`, empty unless given text. */
export function numbered(level: number, text = ''): JSONContent {
  return {
    type: 'numberedParagraph',
    attrs: { level },
    content: text ? [{ type: 'text', text }] : [],
  };
}

export function paragraph(text: string): JSONContent {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}

/** The numbers on screen, in order. */
export function shownNumbers(editor: Editor): (string | null)[] {
  return [...editor.view.dom.querySelectorAll('.paragraph-number')].map((span) => span.textContent);
}

/** The levels of the top-level numbered paragraphs, in order. */
export function levels(editor: Editor): unknown[] {
  const found: unknown[] = [];
  editor.state.doc.forEach((node) => {
    if (node.type.name === 'numberedParagraph') found.push(node.attrs['level']);
  });
  return found;
}

/**
 * Delivers a key press the way the browser does, through the view's keydown handlers. (Tiptap's
 * keyboardShortcut command replays only the steps of what a handler dispatched, so it would lose
 * the selection that Enter moves into the new paragraph.)
 */
export function press(editor: Editor, key: 'Enter' | 'Tab' | 'Shift-Tab'): boolean {
  const event = new KeyboardEvent('keydown', {
    key: key === 'Shift-Tab' ? 'Tab' : key,
    shiftKey: key === 'Shift-Tab',
    bubbles: true,
    cancelable: true,
  });
  return editor.view.someProp('handleKeyDown', (handle) => handle(editor.view, event)) ?? false;
}

/** Puts the cursor in the index-th top-level block, `offset` characters in (default: at its end). */
export function placeCursor(editor: Editor, index: number, offset?: number): void {
  let pos = 0;
  for (let i = 0; i < index; i += 1) pos += editor.state.doc.child(i).nodeSize;
  const block = editor.state.doc.child(index);
  editor.commands.setTextSelection(pos + 1 + (offset ?? block.content.size));
}
