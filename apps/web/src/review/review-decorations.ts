import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';

import { colorFor } from '../identity/identity.js';
import { rangeFinder, yDraftOf, type YDraft } from './anchors.js';
import type { ReviewLists, ReviewSuggestion } from './review-api.js';

/** Where an item's anchored text is in the editor now. */
export interface ItemRange {
  readonly from: number;
  readonly to: number;
}

/** What the plugin keeps: the items, where each is, and how they are drawn. */
export interface ReviewDecorationState {
  readonly items: ReviewLists;
  /** Keyed by commentId or suggestionId; an item whose text is gone has none. */
  readonly ranges: ReadonlyMap<string, ItemRange>;
  /** The item whose card is selected in the margin: its text is drawn stronger. */
  readonly active: string | undefined;
  readonly decorations: DecorationSet;
}

export const reviewDecorationsKey = new PluginKey<ReviewDecorationState>('reviewDecorations');

type Meta = { readonly items: ReviewLists } | { readonly active: string | undefined };

const EMPTY: ReviewLists = { comments: [], suggestions: [] };

/** Shows the margin's items in the draft: call it whenever the lists are read again. */
export function showReviewItems(view: EditorView, items: ReviewLists): void {
  view.dispatch(
    view.state.tr.setMeta(reviewDecorationsKey, { items }).setMeta('addToHistory', false),
  );
}

/** Draws one item's text stronger (its card was selected), or none. */
export function markActiveItem(view: EditorView, active: string | undefined): void {
  view.dispatch(view.state.tr.setMeta(reviewDecorationsKey, { active }));
}

/** Where each item is, from its anchor, in the editor's document as Yjs holds it now. */
function locate(
  draft: YDraft | undefined,
  doc: ProseMirrorNode,
  items: ReviewLists,
): Map<string, ItemRange> {
  const ranges = new Map<string, ItemRange>();
  if (draft === undefined) return ranges;
  const size = doc.content.size;
  const find = rangeFinder(draft, doc);
  const place = (
    id: string,
    item: { readonly anchor: ReviewLists['comments'][number]['anchor'] },
  ) => {
    const range = find(item.anchor);
    if (range !== undefined && range.to <= size) ranges.set(id, range);
  };
  for (const comment of items.comments) if (!comment.orphaned) place(comment.commentId, comment);
  for (const suggestion of items.suggestions)
    if (!suggestion.orphaned) place(suggestion.suggestionId, suggestion);
  return ranges;
}

/** The proposed text, underlined in its author's colour, where it would go. */
function insertionWidget(
  suggestion: ReviewSuggestion,
  active: boolean,
): (view: EditorView) => HTMLElement {
  return (view) => {
    const span = view.dom.ownerDocument.createElement('span');
    span.className = `review-insertion${active ? ' is-active' : ''}`;
    span.setAttribute('contenteditable', 'false');
    span.dataset['suggestionId'] = suggestion.suggestionId;
    span.style.setProperty('--author-colour', colorFor(suggestion.author));
    span.textContent = suggestion.replacement;
    return span;
  };
}

function draw(
  doc: ProseMirrorNode,
  state: Omit<ReviewDecorationState, 'decorations'>,
): DecorationSet {
  const { items, ranges, active } = state;
  const decorations: Decoration[] = [];
  for (const comment of items.comments) {
    const range = ranges.get(comment.commentId);
    if (comment.status !== 'open' || range === undefined || range.from === range.to) continue;
    decorations.push(
      Decoration.inline(range.from, range.to, {
        class: `review-comment${active === comment.commentId ? ' is-active' : ''}`,
        'data-comment-id': comment.commentId,
      }),
    );
  }
  for (const suggestion of items.suggestions) {
    const range = ranges.get(suggestion.suggestionId);
    if (suggestion.status !== 'open' || range === undefined) continue;
    const isActive = active === suggestion.suggestionId;
    if (suggestion.kind !== 'insertion' && range.from < range.to) {
      decorations.push(
        Decoration.inline(range.from, range.to, {
          class: `review-deletion${isActive ? ' is-active' : ''}`,
          style: `--author-colour: ${colorFor(suggestion.author)}`,
          'data-suggestion-id': suggestion.suggestionId,
        }),
      );
    }
    if (suggestion.kind !== 'deletion') {
      decorations.push(
        Decoration.widget(range.to, insertionWidget(suggestion, isActive), {
          side: 1,
          marks: [],
          ignoreSelection: true,
          key: `suggestion:${suggestion.suggestionId}:${suggestion.replacement}:${isActive}`,
        }),
      );
    }
  }
  return DecorationSet.create(doc, decorations);
}

function build(
  where: { readonly draft: YDraft | undefined; readonly doc: ProseMirrorNode },
  shown: Pick<ReviewDecorationState, 'items' | 'active'>,
): ReviewDecorationState {
  const { items, active } = shown;
  const ranges = locate(where.draft, where.doc, items);
  return { items, ranges, active, decorations: draw(where.doc, { items, ranges, active }) };
}

function next(
  tr: Transaction,
  value: ReviewDecorationState,
  before: EditorState,
): ReviewDecorationState {
  // The binding is one object for the editor's life: the state before the change has it too.
  const where = { draft: yDraftOf(before), doc: tr.doc };
  const meta = tr.getMeta(reviewDecorationsKey) as Meta | undefined;
  if (meta !== undefined && 'items' in meta) return build(where, { ...value, items: meta.items });
  if (meta !== undefined) return build(where, { ...value, active: meta.active });
  if (!tr.docChanged) return value;
  // Yjs has the others' changes before y-sync hands them to the editor, so anchors resolve
  // exactly then. A local change reaches Yjs only after this transaction: its positions are
  // mapped instead, and the next change from Yjs puts everything back on its anchors.
  if (tr.getMeta(ySyncPluginKey) !== undefined) return build(where, value);
  const ranges = new Map<string, ItemRange>();
  for (const [id, range] of value.ranges) {
    ranges.set(id, { from: tr.mapping.map(range.from, 1), to: tr.mapping.map(range.to, -1) });
  }
  return { ...value, ranges, decorations: value.decorations.map(tr.mapping, tr.doc) };
}

/**
 * The review in the draft: comments' text highlighted, open suggestions in their author's
 * colour (an insertion as its proposed text, underlined; a deletion struck through; a
 * replacement as both). Everything is placed from the anchors, so it follows the text as others
 * type; the margin reads the same ranges to place its cards.
 */
export const ReviewDecorations = Extension.create<{
  readonly onComment: (view: EditorView) => void;
}>({
  name: 'reviewDecorations',
  addOptions() {
    return { onComment: () => undefined };
  },
  addKeyboardShortcuts() {
    return {
      'Mod-Alt-m': () => {
        this.options.onComment(this.editor.view);
        return true;
      },
    };
  },
  addProseMirrorPlugins() {
    return [
      new Plugin<ReviewDecorationState>({
        key: reviewDecorationsKey,
        state: {
          init: (_config, state) =>
            build({ draft: yDraftOf(state), doc: state.doc }, { items: EMPTY, active: undefined }),
          apply: (tr, value, before) => next(tr, value, before),
        },
        props: {
          decorations: (state) => reviewDecorationsKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});
