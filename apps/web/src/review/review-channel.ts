import type { EditorView } from '@tiptap/pm/view';

import type { SuggestionHint, SuggestionModeOptions } from './suggestion-mode.js';

/** What the editor's review extensions call back: made once per editor, answered by the page. */
export interface ReviewHandlers {
  readonly propose: SuggestionModeOptions['propose'];
  readonly hint: (hint: SuggestionHint) => void;
  /** Ctrl+Alt+M: comment on the selection. */
  readonly comment: (view: EditorView) => void;
}

/**
 * Extensions are configured once, when the editor is made; the page's handlers change with
 * every render (the meeting, the lists). The channel's methods are stable and always call the
 * latest handlers `connect` was given.
 */
export function createReviewChannel(): {
  readonly channel: ReviewHandlers;
  readonly connect: (handlers: ReviewHandlers) => void;
} {
  let current: ReviewHandlers = {
    propose: () => Promise.resolve(false),
    hint: () => undefined,
    comment: () => undefined,
  };
  return {
    channel: {
      propose: (suggestion) => current.propose(suggestion),
      hint: (hint) => {
        current.hint(hint);
      },
      comment: (view) => {
        current.comment(view);
      },
    },
    connect: (handlers) => {
      current = handlers;
    },
  };
}
