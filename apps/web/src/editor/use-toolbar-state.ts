import { MAX_LEVEL, MIN_LEVEL, NUMBERED_PARAGRAPH } from '@rapporteur/editor-schema';
import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';

import { selectedFootnote } from './footnote-popover.js';

/** What the toolbar shows as pressed or disabled, for the current selection. */
export interface ToolbarState {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  readonly link: boolean;
  /** A footnote is selected (clicked). */
  readonly footnote: boolean;
  readonly heading: boolean;
  readonly numbered: boolean;
  readonly level: number | undefined;
  readonly canIndent: boolean;
  readonly canOutdent: boolean;
  readonly bulletList: boolean;
  readonly orderedList: boolean;
  readonly blockquote: boolean;
  readonly table: boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

function levelOf(editor: Editor): number | undefined {
  if (!editor.isActive(NUMBERED_PARAGRAPH)) return undefined;
  const level: unknown = editor.getAttributes(NUMBERED_PARAGRAPH)['level'];
  return typeof level === 'number' ? Math.min(MAX_LEVEL, Math.max(MIN_LEVEL, level)) : MIN_LEVEL;
}

function read(editor: Editor): ToolbarState {
  const level = levelOf(editor);
  return {
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    underline: editor.isActive('underline'),
    link: editor.isActive('link'),
    footnote: selectedFootnote(editor) !== undefined,
    heading: editor.isActive('heading'),
    numbered: level !== undefined,
    level,
    canIndent: level !== undefined && level < MAX_LEVEL,
    canOutdent: level !== undefined && level > MIN_LEVEL,
    bulletList: editor.isActive('bulletList'),
    orderedList: editor.isActive('orderedList'),
    blockquote: editor.isActive('blockquote'),
    table: editor.isActive('table'),
    canUndo: editor.can().undo(),
    canRedo: editor.can().redo(),
  };
}

/**
 * The toolbar's state, recomputed on every transaction; the toolbar re-renders only when a
 * value changes (compared deeply), and the editor itself does not re-render on each keystroke.
 */
export function useToolbarState(editor: Editor): ToolbarState {
  return useEditorState({
    editor,
    selector: ({ editor: current }) => read(current),
  });
}
