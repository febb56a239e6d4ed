import type { Role } from '@rapporteur/domain';
import type { AnyExtension, Editor } from '@tiptap/core';
import type { EditorView } from '@tiptap/pm/view';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';

import { anchorOf, yDraftOf } from './anchors.js';
import type { NewComment } from './new-comment.js';
import { proposeSuggestion } from './review-api.js';
import { ReviewControls, ReviewNotices } from './review-bar.js';
import { createReviewChannel } from './review-channel.js';
import { ReviewDecorations } from './review-decorations.js';
import { ReviewMargin } from './review-margin.js';
import { mayEditDirectly, maySuggest } from './review-permissions.js';
import { SuggestionMode, type SuggestionHint } from './suggestion-mode.js';
import type { ReviewState } from './use-review.js';

/** What the draft's editor takes from the review: its extensions, its mode, its tools. */
export interface DraftReview {
  /** Made once per editor. */
  readonly extensions: readonly AnyExtension[];
  /** Whether typing becomes suggestions now. */
  readonly suggesting: boolean;
  /** Whether the formatting toolbar is offered (never while suggesting). */
  readonly formatting: boolean;
  /** The mode and the Comment button: at the toolbar's end, or alone while suggesting. */
  readonly controls: (editor: Editor) => ReactNode;
  /** What to say under the toolbar: the review's banner, a refusal, why a key did nothing. */
  readonly notices: ReactNode;
  readonly margin: (editor: Editor) => ReactNode;
}

const HINTS: { readonly [H in SuggestionHint]: string } = {
  enter: 'New paragraphs cannot be suggested yet: suggest text within a paragraph.',
  'one-paragraph': 'A suggestion stays within one paragraph: select text in a single paragraph.',
};

/** How long a notice stays above the draft. */
const NOTICE_MS = 6_000;

export interface DraftReviewInput {
  readonly meetingId: string;
  /** The editor's key: extensions are made again for a new session. */
  readonly session: object;
  readonly review: ReviewState;
  readonly viewer: { readonly role: Role | null; readonly you: string; readonly colour: string };
  /** The version under review, or null: then everyone's typing becomes suggestions. */
  readonly underReview: string | null;
  /** The draft is closed (frozen, or the connection ended): the cards offer no step. */
  readonly closed: boolean;
}

/**
 * The review loop in the editor: the decorations, suggesting mode (chosen by those who may edit,
 * always on for delegates and while a version is under review), the Comment button and
 * Ctrl+Alt+M, the margin of cards, and the notices that say why a keystroke did nothing.
 */
export function useDraftReview(input: DraftReviewInput): DraftReview {
  const { meetingId, session, review, viewer, underReview, closed } = input;
  const [{ channel, connect }] = useState(createReviewChannel);
  const [chosen, setChosen] = useState<'editing' | 'suggesting'>('editing');
  const [notice, setNotice] = useState<string | undefined>();
  const [newComment, setNewComment] = useState<NewComment | undefined>();
  const mayEdit = mayEditDirectly(viewer.role);
  const suggestOnly = !mayEdit && maySuggest(viewer.role);
  const forced = suggestOnly || underReview !== null;
  const suggesting = forced || chosen === 'suggesting';
  const { reload } = review;

  useEffect(() => {
    if (notice === undefined) return undefined;
    const timer = setTimeout(() => {
      setNotice(undefined);
    }, NOTICE_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [notice]);

  const startComment = useCallback((view: EditorView) => {
    const { from, to, empty } = view.state.selection;
    const draft = yDraftOf(view.state);
    if (empty) {
      setNotice('Select the words to comment on, then press Comment.');
      return;
    }
    const anchor = draft === undefined ? undefined : anchorOf(draft, from, to);
    if (anchor === undefined) {
      setNotice('A comment is on text within one paragraph: select words in a single paragraph.');
      return;
    }
    setNewComment({ anchor, quote: view.state.doc.textBetween(from, to, ' '), from });
  }, []);

  useEffect(() => {
    connect({
      propose: async (suggestion) => {
        const result = await proposeSuggestion(meetingId, suggestion);
        if (result.ok) reload();
        else setNotice(result.problem.detail);
        return result.ok;
      },
      hint: (hint) => {
        setNotice(HINTS[hint]);
      },
      comment: startComment,
    });
  }, [connect, meetingId, reload, startComment]);

  // One set per editor: the editor is made again only for a new session.
  const extensions = useMemo(
    () => [
      ReviewDecorations.configure({ onComment: channel.comment }),
      SuggestionMode.configure({
        propose: channel.propose,
        onHint: channel.hint,
        colour: viewer.colour,
      }),
    ],
    [channel, session, viewer.colour],
  );

  return {
    extensions,
    suggesting,
    formatting: mayEdit && !suggesting,
    controls: (editor) => (
      <ReviewControls
        mode={{
          suggesting,
          choosable: mayEdit && underReview === null,
          onChoose: setChosen,
        }}
        suggestOnly={suggestOnly && underReview === null}
        onComment={() => {
          startComment(editor.view);
        }}
      />
    ),
    notices: <ReviewNotices underReview={underReview !== null} notice={notice} />,
    margin: (editor) => (
      <ReviewMargin
        editor={editor}
        meetingId={meetingId}
        review={review}
        viewer={closed ? { ...viewer, role: null } : viewer}
        newComment={newComment}
        onNewCommentDone={() => {
          setNewComment(undefined);
        }}
      />
    ),
  };
}
