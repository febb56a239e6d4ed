// @vitest-environment happy-dom
import { DRAFT_FIELD, rapporteurExtensions } from '@rapporteur/editor-schema';
import { numbered, paragraph, placeCursor, press } from '@rapporteur/editor-schema/testing';
import { Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentAsUpdate } from '../drafts/draft-update.js';
import { editorSchemaCheck } from './editor-schema-guard.js';

/** The web app's editor (the same extensions and Collaboration field) on a copy of `room`. */
function editorOn(room: Y.Doc): { editor: Editor; updates: Uint8Array[] } {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(room));
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: [
      ...rapporteurExtensions(),
      Collaboration.configure({ document: doc, field: DRAFT_FIELD }),
    ],
  });
  return { editor, updates };
}

describe('what the editor writes while people draft', () => {
  let editor: Editor | undefined;
  afterEach(() => {
    editor?.destroy();
  });

  it('always fits the schema check, one commit after another', async () => {
    const room = new Y.Doc();
    const blocks = [
      paragraph('SUMMARY OF THE MEETING'),
      numbered(1, 'Opening of the meeting'),
      numbered(2, 'The chair opened the meeting.'),
      numbered(2, 'The agenda was adopted.'),
      numbered(1, 'Contributions'),
    ];
    Y.applyUpdate(room, documentAsUpdate({ type: 'doc', content: blocks }));
    const opened = editorOn(room);
    const current = opened.editor;
    editor = current;
    // The binding renders the shared document into the editor on the next tick.
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(current.state.doc.childCount).toBe(5);
    const commands = () => current.commands;
    placeCursor(current, 3);
    commands().insertContent(' Typed at the end.');
    press(current, 'Enter');
    commands().insertContent('A new point');
    press(current, 'Tab');
    press(current, 'Tab');
    press(current, 'Shift-Tab');
    commands().setTextSelection({
      from: current.state.selection.from - 5,
      to: current.state.selection.from,
    });
    commands().toggleBold();
    commands().toggleItalic();
    commands().setLink({ href: 'https://www.itu.int' });
    press(current, 'Enter');
    press(current, 'Enter');
    commands().insertContent('Plain text');
    commands().setHardBreak();
    commands().toggleBulletList();
    commands().insertContent(' in a list');
    commands().toggleOrderedList();
    commands().toggleBlockquote();
    commands().setHeading({ level: 3 });
    commands().insertTable({ rows: 2, cols: 3, withHeaderRow: true });
    commands().insertContent('In a cell');
    commands().toggleCodeBlock();
    commands().setHorizontalRule();
    commands().setNumberedParagraph({ level: 4 });
    commands().insertContent('Deep point');
    commands().selectAll();
    commands().deleteSelection();

    expect(opened.updates.length).toBeGreaterThan(20);
    const verdicts = opened.updates.map((update) => {
      const verdict = editorSchemaCheck(room).verdict(update);
      Y.applyUpdate(room, update);
      return verdict;
    });
    expect(verdicts.filter((verdict) => verdict !== 'fits')).toEqual([]);
  });
});
