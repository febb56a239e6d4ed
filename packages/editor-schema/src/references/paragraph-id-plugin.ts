import { Plugin, PluginKey } from '@tiptap/pm/state';

// y-prosemirror marks the transactions that bring a peer's changes with this meta key.
const Y_SYNC_META = 'y-sync$';

/**
 * Keeps paragraph ids unique. A split does not hand the id on (keepOnSplit: false), but a
 * paste of a copied paragraph does: the first paragraph in document order keeps the id, a later
 * copy loses it, so a reference keeps pointing at the original and a cut-and-paste (where the
 * original is gone) moves it with the text. Only this person's own transactions are checked:
 * a peer fixes its own, and a read-only reader must not write.
 */
export function paragraphIdPlugin(nodeName: string): Plugin {
  return new Plugin({
    key: new PluginKey('paragraphIds'),
    appendTransaction(transactions, _old, state) {
      const local = transactions.some(
        (tr) => tr.docChanged && tr.getMeta(Y_SYNC_META) === undefined,
      );
      if (!local) return null;
      const seen = new Set<string>();
      const tr = state.tr;
      state.doc.descendants((node, pos) => {
        if (node.type.name !== nodeName) return !node.isTextblock;
        const id: unknown = node.attrs['id'];
        if (typeof id === 'string') {
          if (seen.has(id)) tr.setNodeMarkup(pos, undefined, { ...node.attrs, id: null });
          seen.add(id);
        }
        return false;
      });
      return tr.docChanged ? tr : null;
    },
  });
}
