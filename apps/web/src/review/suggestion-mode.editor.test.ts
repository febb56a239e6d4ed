// @vitest-environment happy-dom
import {
  DRAFT_FIELD,
  NUMBERED_PARAGRAPH,
  rapporteurExtensions,
  rapporteurSchema,
} from '@rapporteur/editor-schema';
import { Editor } from '@tiptap/core';
import { Collaboration } from '@tiptap/extension-collaboration';
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';

import { anchorOf, rangeOf, yDraftOf } from './anchors.js';
import type { Anchor } from './review-api.js';
import { ReviewDecorations, showReviewItems } from './review-decorations.js';
import { IDLE_MS, setSuggesting, SuggestionMode } from './suggestion-mode.js';

const TEXT = 'The meeting adopted the agenda.';

/** A draft shared by two Yjs documents: the editor's, and another person's. */
function sharedDraft(): { readonly mine: Y.Doc; readonly theirs: Y.Doc } {
  const theirs = prosemirrorJSONToYDoc(
    rapporteurSchema(),
    {
      type: 'doc',
      content: [
        { type: NUMBERED_PARAGRAPH, attrs: { level: 1 }, content: [{ type: 'text', text: TEXT }] },
      ],
    },
    DRAFT_FIELD,
  );
  const mine = new Y.Doc();
  Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs));
  mine.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'theirs') Y.applyUpdate(theirs, update, 'mine');
  });
  theirs.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'mine') Y.applyUpdate(mine, update, 'theirs');
  });
  return { mine, theirs };
}

const editors: Editor[] = [];
afterEach(() => {
  editors.splice(0).forEach((editor) => {
    editor.destroy();
  });
  vi.useRealTimers();
});

/** The editor as the page makes it, with what it proposes collected. */
function openEditor(doc: Y.Doc) {
  const proposed: { anchor: Anchor; replacement: string }[] = [];
  const hints: string[] = [];
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: [
      ...rapporteurExtensions(),
      Collaboration.configure({ document: doc, field: DRAFT_FIELD }),
      ReviewDecorations,
      SuggestionMode.configure({
        propose: (suggestion) => {
          proposed.push(suggestion);
          return Promise.resolve(true);
        },
        onHint: (hint) => hints.push(hint),
        colour: '#7a4fd1',
      }),
    ],
  });
  editors.push(editor);
  return { editor, proposed, hints };
}

/** Where `text` starts in the editor. */
function posOf(editor: Editor, text: string): number {
  let found = -1;
  editor.state.doc.descendants((node, pos) => {
    const at = node.isText ? (node.text ?? '').indexOf(text) : -1;
    if (at >= 0) found = pos + at;
  });
  if (found < 0) throw new Error(`No “${text}” in the editor.`);
  return found;
}

/** Types as Chromium announces typing, before it touches the page. */
function type(editor: Editor, text: string): void {
  for (const data of text) {
    const event = new InputEvent('beforeinput', {
      inputType: 'insertText',
      data,
      cancelable: true,
    });
    editor.view.dom.dispatchEvent(event);
  }
}

const theirText = (doc: Y.Doc): Y.XmlText => {
  const block = doc.getXmlFragment(DRAFT_FIELD).get(0);
  const text = block instanceof Y.XmlElement ? block.get(0) : undefined;
  if (!(text instanceof Y.XmlText)) throw new Error('The paragraph has no text.');
  return text;
};

describe('suggesting mode in the editor', () => {
  it('refuses local changes while the others’ changes still arrive', () => {
    const { mine, theirs } = sharedDraft();
    const { editor } = openEditor(mine);
    setSuggesting(editor.view, true);
    editor.commands.insertContentAt(posOf(editor, 'agenda'), 'whole ');
    expect(editor.state.doc.textContent).toBe(TEXT);
    theirText(theirs).insert(0, 'Today ');
    expect(editor.state.doc.textContent).toBe(`Today ${TEXT}`);
    setSuggesting(editor.view, false);
    editor.commands.insertContentAt(posOf(editor, 'agenda'), 'whole ');
    expect(theirText(theirs).toString()).toBe(`Today The meeting adopted the whole agenda.`);
  });

  it('collects typing into one insertion, sent after a pause, at the cursor’s place', async () => {
    vi.useFakeTimers();
    const { mine } = sharedDraft();
    const { editor, proposed } = openEditor(mine);
    setSuggesting(editor.view, true);
    editor.commands.setTextSelection(posOf(editor, 'agenda'));
    type(editor, 'full ');
    expect(editor.state.doc.textContent).toBe(TEXT);
    expect(editor.view.dom.querySelector('[data-testid="pending-suggestion"]')?.textContent).toBe(
      'full ',
    );
    expect(proposed).toEqual([]);
    await vi.advanceTimersByTimeAsync(IDLE_MS + 50);
    expect(proposed.map((item) => item.replacement)).toEqual(['full ']);
    const draft = yDraftOf(editor.state)!;
    const at = rangeOf(draft, proposed[0]!.anchor)!;
    expect(at.from).toBe(posOf(editor, 'agenda'));
  });

  it('proposes deleting a selection with Backspace, and does nothing on Enter but say why', () => {
    const { mine } = sharedDraft();
    const { editor, proposed, hints } = openEditor(mine);
    setSuggesting(editor.view, true);
    const from = posOf(editor, 'adopted ');
    editor.commands.setTextSelection({ from, to: from + 'adopted '.length });
    editor.view.dom.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Backspace', cancelable: true }),
    );
    expect(proposed).toHaveLength(1);
    expect(proposed[0]?.replacement).toBe('');
    expect(editor.state.doc.textContent).toBe(TEXT);
    editor.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }));
    expect(hints).toEqual(['enter']);
    expect(editor.state.doc.childCount).toBe(1);
  });

  it('draws a suggestion where its anchor is, and keeps it there while others type before it', () => {
    const { mine, theirs } = sharedDraft();
    const { editor } = openEditor(mine);
    const draft = yDraftOf(editor.state)!;
    const from = posOf(editor, 'the agenda');
    const anchor = anchorOf(draft, from, from + 'the agenda'.length)!;
    showReviewItems(editor.view, {
      comments: [],
      suggestions: [
        {
          suggestionId: 's1',
          number: 1,
          paragraph: '1',
          author: 'u1',
          authorName: 'Vera',
          kind: 'replacement',
          text: 'the agenda',
          replacement: 'its agenda',
          note: null,
          status: 'open',
          proposedAt: '2026-12-07T10:00:00Z',
          decidedBy: null,
          decidedByName: null,
          decidedAt: null,
          reason: null,
          anchor,
          orphaned: false,
        },
      ],
    });
    const struck = () => editor.view.dom.querySelector('.review-deletion')?.textContent;
    expect(struck()).toBe('the agenda');
    expect(editor.view.dom.querySelector('.review-insertion')?.textContent).toBe('its agenda');
    theirText(theirs).insert(0, 'On Monday, ');
    theirText(theirs).insert(TEXT.indexOf('the agenda') + 'On Monday, '.length, 'unanimously ');
    expect(struck()).toBe('the agenda');
  });
});
