import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { NodeSelection, Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** The plugin's key, so that tests and the web app can read the footnotes' numbers. */
export const footnoteNumberPluginKey = new PluginKey<DecorationSet>('footnoteNumbers');

/**
 * Numbers the footnotes 1, 2, 3 in document order, as every export does, by setting
 * `data-number` on each reference's element (the editor's stylesheet shows it as the
 * superscript). A decoration, as paragraph numbers are: the number is derived from the
 * document, so it is never stored in Yjs nor typed. A footnote without text gets none.
 */
export function footnoteNumberPlugin(nodeName: string): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: footnoteNumberPluginKey,
    state: {
      init: (_config, state) => numberDecorations(state.doc, nodeName),
      apply: (tr, previous) => (tr.docChanged ? numberDecorations(tr.doc, nodeName) : previous),
    },
    props: {
      decorations(state) {
        return footnoteNumberPluginKey.getState(state);
      },
      // A click on a number selects its footnote, whose editor the web app then opens. Said
      // here because the number is drawn by CSS in a box ProseMirror cannot map a point into.
      // eslint-disable-next-line max-params -- ProseMirror's signature, not ours
      handleClickOn(view, _pos, node, nodePos, event, direct) {
        if (!direct || node.type.name !== nodeName) return false;
        event.preventDefault();
        view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, nodePos)));
        return true;
      },
    },
  });
}

function numberDecorations(doc: ProseMirrorNode, nodeName: string): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name !== nodeName) return true;
    if (String(node.attrs['text'] ?? '').trim() !== '') {
      const number = String(decorations.length + 1);
      decorations.push(Decoration.node(pos, pos + node.nodeSize, { 'data-number': number }));
    }
    return false;
  });
  return DecorationSet.create(doc, decorations);
}
