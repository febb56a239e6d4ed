import type { Command, Editor } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { TextSelection } from '@tiptap/pm/state';

import { clampLevel, MIN_LEVEL } from './paragraph-numbers.js';

/**
 * Moves every numbered paragraph the selection touches by `delta` levels, bounded 1..6.
 * Applies (returns true) whenever the selection holds a numbered paragraph, even one already
 * at the bound, so that Tab there does not fall through and move focus out of the editor.
 */
export function shiftLevels(nodeName: string, delta: number): Command {
  return ({ tr, state, dispatch }) => {
    const { from, to } = state.selection;
    let found = false;
    state.doc.nodesBetween(from, to, (node, pos) => {
      if (node.type.name !== nodeName) return !node.isTextblock;
      found = true;
      const level = clampLevel(node.attrs['level']);
      const next = clampLevel(level + delta);
      if (dispatch && next !== level)
        tr.setNodeMarkup(pos, undefined, { ...node.attrs, level: next });
      return false;
    });
    return found;
  };
}

/** The level of the last numbered paragraph before the selection, so a new one continues there. */
export function levelBefore(state: EditorState, nodeName: string): number {
  const end = state.selection.from;
  let level = MIN_LEVEL;
  state.doc.nodesBetween(0, end, (node, pos) => {
    if (node.type.name !== nodeName) return !node.isTextblock;
    if (pos + 1 <= end) level = clampLevel(node.attrs['level']);
    return false;
  });
  return level;
}

/**
 * Enter in a numbered paragraph: at its end, a new numbered paragraph at the same level (plain
 * splitting would give a plain paragraph there, as it does after a heading); in an empty one,
 * one level up, or out of numbering at level 1, the way lists end. Elsewhere the default split
 * already keeps the type and level.
 */
export function enterInNumberedParagraph(editor: Editor, nodeName: string): boolean {
  const { selection } = editor.state;
  const { $from, empty } = selection;
  const paragraph = $from.parent;
  if (!empty || paragraph.type.name !== nodeName) return false;

  const level = clampLevel(paragraph.attrs['level']);
  if (paragraph.content.size === 0) {
    return level > MIN_LEVEL
      ? editor.commands.outdentNumberedParagraph()
      : editor.commands.setNode('paragraph');
  }
  if ($from.parentOffset !== paragraph.content.size) return false;

  return editor.commands.command(({ tr, dispatch }) => {
    const after = $from.after();
    if (dispatch) {
      // A new paragraph, so not the old one's identity: references keep pointing at the old one.
      tr.insert(after, paragraph.type.create({ ...paragraph.attrs, level, id: null }));
      tr.setSelection(TextSelection.create(tr.doc, after + 1)).scrollIntoView();
    }
    return true;
  });
}
