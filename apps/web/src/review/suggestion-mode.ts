import { Extension } from '@tiptap/core';
import type { Slice } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';

import { anchorOf, yDraftOf } from './anchors.js';
import {
  applyKeystroke,
  homeOf,
  type Keystroke,
  type PendingSuggestion,
} from './pending-suggestion.js';
import type { Anchor } from './review-api.js';

/** After this long without a keystroke, what was typed is sent as one suggestion. */
export const IDLE_MS = 800;

/** Why a keystroke did nothing, for the bar above the draft to say. */
export type SuggestionHint = 'enter' | 'one-paragraph';

export interface SuggestionModeOptions {
  /** Sends a suggestion; resolves when it is stored (true) or refused (false, already told). */
  readonly propose: (suggestion: {
    readonly anchor: Anchor;
    readonly replacement: string;
  }) => Promise<boolean>;
  readonly onHint: (hint: SuggestionHint) => void;
  /** The person's own colour, the one their caret has. */
  readonly colour: string;
}

interface Sending extends PendingSuggestion {
  readonly id: number;
}

export interface SuggestionModeState {
  readonly suggesting: boolean;
  readonly pending: PendingSuggestion | undefined;
  /** Sent and not yet stored: still drawn, so the text does not blink out and back. */
  readonly sending: readonly Sending[];
}

export const suggestionModeKey = new PluginKey<SuggestionModeState>('suggestionMode');

type Meta = Partial<SuggestionModeState>;

/** Switches suggesting mode on or off; what was being typed is sent first. */
export function setSuggesting(view: EditorView, suggesting: boolean): void {
  if (suggestionModeKey.getState(view.state)?.suggesting === suggesting) return;
  view.dispatch(view.state.tr.setMeta(suggestionModeKey, { suggesting } satisfies Meta));
}

const stateOf = (state: EditorState): SuggestionModeState =>
  suggestionModeKey.getState(state) ?? { suggesting: false, pending: undefined, sending: [] };

/** A transaction that changes the document and does not come from Yjs (the others). */
function isLocalChange(tr: { docChanged: boolean; getMeta: (key: PluginKey) => unknown }): boolean {
  return tr.docChanged && tr.getMeta(ySyncPluginKey) === undefined;
}

function decorations(state: EditorState, colour: string): DecorationSet {
  const { pending, sending } = stateOf(state);
  const drawn: Decoration[] = [];
  const style = `--author-colour: ${colour}`;
  for (const item of pending === undefined ? sending : [...sending, pending]) {
    if (item.from < item.to) {
      drawn.push(
        Decoration.inline(item.from, item.to, { class: 'review-deletion is-mine', style }),
      );
    }
    if (item.text !== '') {
      drawn.push(
        Decoration.widget(
          item.to,
          (view) => {
            const span = view.dom.ownerDocument.createElement('span');
            span.className = 'review-insertion is-mine';
            span.dataset['testid'] = 'pending-suggestion';
            span.setAttribute('contenteditable', 'false');
            span.style.setProperty('--author-colour', colour);
            span.textContent = item.text;
            return span;
          },
          // Before the cursor, which stays at the widget's place while the person types.
          { side: -1, marks: [], ignoreSelection: true, key: `pending:${item.to}:${item.text}` },
        ),
      );
    }
  }
  return DecorationSet.create(state.doc, drawn);
}

/**
 * Suggesting mode: local changes to the draft are blocked and become suggestions instead.
 * Typing collects in a pending insertion drawn at the cursor, sent after a pause or when the
 * cursor leaves; Backspace and Delete propose deletions; typing over a selection proposes a
 * replacement. Changes that come from Yjs (the others, accepted suggestions) always pass.
 */
export const SuggestionMode = Extension.create<SuggestionModeOptions>({
  name: 'suggestionMode',
  // Before the keymaps: Backspace and Enter are ours while suggesting.
  priority: 1000,
  addOptions() {
    return { propose: () => Promise.resolve(false), onHint: () => undefined, colour: '#2f6fdb' };
  },
  addProseMirrorPlugins() {
    const options = this.options;
    let nextId = 1;

    const send = (view: EditorView, suggestion: PendingSuggestion): void => {
      const draft = yDraftOf(view.state);
      const anchor =
        draft === undefined ? undefined : anchorOf(draft, suggestion.from, suggestion.to);
      if (anchor === undefined) {
        options.onHint('one-paragraph');
        return;
      }
      const id = nextId++;
      const { sending } = stateOf(view.state);
      view.dispatch(
        view.state.tr.setMeta(suggestionModeKey, {
          sending: [...sending, { ...suggestion, id }],
        } satisfies Meta),
      );
      void options.propose({ anchor, replacement: suggestion.text }).finally(() => {
        // The list read again after the answer draws the stored suggestion in its place.
        if (view.isDestroyed) return;
        const now = stateOf(view.state).sending;
        view.dispatch(
          view.state.tr.setMeta(suggestionModeKey, {
            sending: now.filter((item) => item.id !== id),
          } satisfies Meta),
        );
      });
    };

    const flush = (view: EditorView): void => {
      const { pending } = stateOf(view.state);
      if (pending === undefined) return;
      view.dispatch(
        view.state.tr.setMeta(suggestionModeKey, { pending: undefined } satisfies Meta),
      );
      send(view, pending);
    };

    const keystroke = (view: EditorView, key: Keystroke): boolean => {
      const { selection } = view.state;
      const { $from } = selection;
      if (!$from.parent.isTextblock) return true;
      const block = { start: $from.start(), end: $from.end() };
      const result = applyKeystroke(stateOf(view.state).pending, key, { selection, block });
      const tr = view.state.tr
        .setMeta(suggestionModeKey, { pending: result.pending } satisfies Meta)
        .setSelection(TextSelection.create(view.state.doc, result.cursor));
      view.dispatch(tr);
      if (result.send !== undefined) send(view, result.send);
      return true;
    };

    const typed = (view: EditorView, text: string): boolean =>
      text === '' ? true : keystroke(view, { kind: 'type', text: text.replace(/\s*\n\s*/g, ' ') });

    return [
      new Plugin<SuggestionModeState>({
        key: suggestionModeKey,
        state: {
          init: () => ({ suggesting: false, pending: undefined, sending: [] }),
          apply(tr, value) {
            const meta = tr.getMeta(suggestionModeKey) as Meta | undefined;
            let next = meta === undefined ? value : { ...value, ...meta };
            if (tr.docChanged) {
              // The others' changes move what is being typed along with the text around it.
              const map = <T extends PendingSuggestion>(item: T): T => ({
                ...item,
                from: tr.mapping.map(item.from, item.from === item.to ? -1 : 1),
                to: tr.mapping.map(item.to, -1),
              });
              next = {
                ...next,
                pending: next.pending === undefined ? undefined : map(next.pending),
                sending: next.sending.map(map),
              };
            }
            return next;
          },
        },
        filterTransaction: (tr, state) => !(stateOf(state).suggesting && isLocalChange(tr)),
        props: {
          decorations: (state) => decorations(state, options.colour),
          handleKeyDown(view, event) {
            if (!stateOf(view.state).suggesting) return false;
            const mod = event.ctrlKey || event.metaKey;
            if (event.key === 'Backspace') return keystroke(view, { kind: 'backspace' });
            if (event.key === 'Delete') return keystroke(view, { kind: 'delete' });
            if (event.key === 'Enter') {
              options.onHint('enter');
              return true;
            }
            // Undo, redo and formatting would change the draft directly.
            return mod && !event.altKey && /^[zyZYbiuBIU]$/.test(event.key);
          },
          handlePaste(view, _event, slice: Slice) {
            if (!stateOf(view.state).suggesting) return false;
            return typed(view, slice.content.textBetween(0, slice.content.size, ' ', ' '));
          },
          handleDrop: (view) => stateOf(view.state).suggesting,
          handleDOMEvents: {
            // Chromium lets typing be cancelled before it touches the page: the draft's text
            // never changes under the person's eyes, only the suggestion drawn at the cursor.
            beforeinput(view, event) {
              if (!stateOf(view.state).suggesting) return false;
              const input = event;
              // Composed text (an IME) cannot be cancelled; filterTransaction refuses it and the
              // editor draws the text back as it was.
              if (input.isComposing) return false;
              event.preventDefault();
              if (input.inputType === 'insertText' || input.inputType === 'insertReplacementText')
                return typed(view, input.data ?? input.dataTransfer?.getData('text/plain') ?? '');
              if (input.inputType.startsWith('delete')) {
                return keystroke(view, {
                  kind: input.inputType.includes('Forward') ? 'delete' : 'backspace',
                });
              }
              if (input.inputType === 'insertParagraph' || input.inputType === 'insertLineBreak')
                options.onHint('enter');
              return true;
            },
          },
        },
        view() {
          let timer: ReturnType<typeof setTimeout> | undefined;
          return {
            update(view, previous) {
              const { pending, suggesting } = stateOf(view.state);
              if (pending === undefined) {
                clearTimeout(timer);
                return;
              }
              const { selection } = view.state;
              if (!suggesting || !selection.empty || selection.from !== homeOf(pending)) {
                clearTimeout(timer);
                // Not from inside an update: send it once this one is over, if still pending.
                queueMicrotask(() => {
                  if (!view.isDestroyed && stateOf(view.state).pending === pending) flush(view);
                });
                return;
              }
              if (stateOf(previous).pending !== pending) {
                clearTimeout(timer);
                timer = setTimeout(() => {
                  if (!view.isDestroyed) flush(view);
                }, IDLE_MS);
              }
            },
            destroy() {
              clearTimeout(timer);
            },
          };
        },
      }),
    ];
  },
});
