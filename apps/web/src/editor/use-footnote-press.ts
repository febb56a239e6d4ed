import { FOOTNOTE } from '@rapporteur/editor-schema';
import { NodeSelection } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/react';
import { useEffect } from 'react';

/**
 * Calls `onPress` when a footnote's number is pressed in the editor, after making sure that
 * footnote is the selection. ProseMirror takes a second press within half a second of the last
 * as a double click and selects a word instead (and a single press on a note already selected
 * leaves the selection as it was), so the note is selected here, whatever the click count.
 */
export function useFootnotePress(editor: Editor, onPress: () => void): void {
  useEffect(() => {
    if (editor.isDestroyed) return;
    const dom = editor.view.dom;
    const pressed = (event: MouseEvent): void => {
      const marker = event.target instanceof Element ? event.target.closest('sup.footnote') : null;
      if (marker === null || !editor.isEditable) return;
      const { state } = editor;
      const at = editor.view.posAtDOM(marker, 0);
      const pos = [at, at - 1].find((p) => p >= 0 && state.doc.nodeAt(p)?.type.name === FOOTNOTE);
      if (pos === undefined) return;
      const selection = state.selection;
      if (!(selection instanceof NodeSelection && selection.from === pos)) {
        editor.view.dispatch(state.tr.setSelection(NodeSelection.create(state.doc, pos)));
      }
      onPress();
    };
    dom.addEventListener('mousedown', pressed);
    return () => {
      dom.removeEventListener('mousedown', pressed);
    };
  }, [editor, onPress]);
}
