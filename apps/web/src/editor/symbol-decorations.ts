import { findSymbols } from '@rapporteur/domain';
import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** What the editor needs of a registered document to show it. */
export interface RegisteredSymbol {
  readonly symbol: string;
  readonly revision: number;
  readonly title: string;
  readonly source: string;
}

/** Keys the register by symbol (any case) and revision: 'S19-CWGWSIS34-C-0001 4'. */
export const registerKey = (symbol: string, revision: number): string =>
  `${symbol.toUpperCase()} ${String(revision)}`;

/** The plugin's key: a transaction with this meta set (to anything) redraws the symbols. */
export const symbolDecorationsKey = new PluginKey<DecorationSet>('symbol-decorations');

/**
 * The decorations of every ITU symbol in a document: registered ones carry a card (title and
 * source, shown on hover), unregistered ones a wavy underline and the way to fix it.
 */
export function symbolDecorations(
  doc: ProseMirrorNode,
  register: ReadonlyMap<string, RegisteredSymbol>,
): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    // Symbols are read in the block's text; offsets map back through its inline content.
    const text = node.textBetween(0, node.content.size, undefined, '\ufffc');
    for (const { from, to, symbol } of findSymbols(text)) {
      const found = register.get(registerKey(symbol.base, symbol.revision));
      const range = [pos + 1 + from, pos + 1 + to] as const;
      decorations.push(
        found === undefined
          ? Decoration.inline(...range, {
              class: 'symbol-ref symbol-ref--unregistered',
              title: 'Not in the register: add it in the Documents tab',
              'data-testid': 'symbol-unregistered',
            })
          : Decoration.inline(...range, {
              class: 'symbol-ref symbol-ref--registered',
              'data-card': `${found.title} — ${found.source}`,
              'data-testid': 'symbol-registered',
            }),
      );
    }
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

/**
 * Recognises contribution symbols in the draft against the meeting's register, which
 * `register()` reads as it is now; after the register changes, dispatch a transaction with
 * `symbolDecorationsKey` meta to redraw.
 */
export const SymbolDecorations = Extension.create<{
  register: () => ReadonlyMap<string, RegisteredSymbol>;
}>({
  name: 'symbolDecorations',
  addOptions() {
    return { register: () => new Map<string, RegisteredSymbol>() };
  },
  addProseMirrorPlugins() {
    const { register } = this.options;
    return [
      new Plugin<DecorationSet>({
        key: symbolDecorationsKey,
        state: {
          init: (_, state) => symbolDecorations(state.doc, register()),
          apply: (tr, previous) =>
            tr.docChanged || tr.getMeta(symbolDecorationsKey) !== undefined
              ? symbolDecorations(tr.doc, register())
              : previous,
        },
        props: {
          decorations: (state) => symbolDecorationsKey.getState(state),
        },
      }),
    ];
  },
});
