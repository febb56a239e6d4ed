import type { Role } from '@rapporteur/domain';
import type { Editor } from '@tiptap/core';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactElement } from 'react';

import { CommentCard } from './comment-card.js';
import { stackCards } from './margin-layout.js';
import { NewCommentCard } from './new-comment-card.js';
import type { ReviewComment, ReviewSuggestion } from './review-api.js';
import { markActiveItem, reviewDecorationsKey, showReviewItems } from './review-decorations.js';
import { mayDecideSuggestions } from './review-permissions.js';
import { SuggestionCard, type SuggestionSiblings } from './suggestion-card.js';
import type { NewComment } from './new-comment.js';
import type { ReviewState } from './use-review.js';
import './review-margin.css';

const NEW_COMMENT = 'new-comment';
/** Above this many cards, only those near the visible part of the page are drawn. */
const WINDOW_FROM = 150;
/** How far beyond the visible part cards are still drawn, in pixels. */
const WINDOW_SLACK = 1200;

type Entry =
  | { readonly kind: 'comment'; readonly id: string; readonly item: ReviewComment }
  | { readonly kind: 'suggestion'; readonly id: string; readonly item: ReviewSuggestion }
  | { readonly kind: 'new'; readonly id: string; readonly item: NewComment };

interface Measured {
  readonly anchors: ReadonlyMap<string, number | undefined>;
  readonly heights: ReadonlyMap<string, number>;
}

const samePlaces = (a: Measured, b: Measured): boolean =>
  JSON.stringify([...a.anchors, ...a.heights]) === JSON.stringify([...b.anchors, ...b.heights]);

/** '8.2.1.' and '8.2.1' alike. */
const bare = (paragraph: string | null): string | null => paragraph?.replace(/\.$/, '') ?? null;

/**
 * For each open suggestion, the open suggestions a bulk Accept beside it would take: the same
 * author's, and those of its paragraph and the ones numbered under it. Worked out once per list,
 * so that a thousand cards do not each filter the whole list on every render.
 */
function siblingsByCard(all: readonly ReviewSuggestion[]): ReadonlyMap<string, SuggestionSiblings> {
  const open = all.filter((item) => item.status === 'open' && !item.orphaned);
  const byAuthor = new Map<string, ReviewSuggestion[]>();
  for (const item of open) byAuthor.set(item.author, [...(byAuthor.get(item.author) ?? []), item]);
  const inParagraph = new Map<string, ReviewSuggestion[]>();
  const siblings = new Map<string, SuggestionSiblings>();
  for (const suggestion of all) {
    const paragraph = bare(suggestion.paragraph);
    if (paragraph !== null && !inParagraph.has(paragraph))
      inParagraph.set(
        paragraph,
        open.filter((item) => {
          const other = bare(item.paragraph);
          return other !== null && (other === paragraph || other.startsWith(`${paragraph}.`));
        }),
      );
    siblings.set(suggestion.suggestionId, {
      byAuthor: byAuthor.get(suggestion.author) ?? NONE,
      inParagraph: paragraph === null ? NONE : (inParagraph.get(paragraph) ?? NONE),
    });
  }
  return siblings;
}

const NONE: readonly ReviewSuggestion[] = [];
const NO_SIBLINGS: SuggestionSiblings = { byAuthor: NONE, inParagraph: NONE };

/**
 * The top of the text block holding the editor's position `pos`, from the top of `box`;
 * undefined before it is drawn. A card sits beside its paragraph: one measure per paragraph
 * (`tops` keeps them), where a measure per position cost a layout query per card.
 */
function topOf(
  editor: Editor,
  pos: number,
  where: { readonly boxTop: number; readonly tops: Map<Node, number> },
): number | undefined {
  try {
    const { node } = editor.view.domAtPos(pos);
    const element = node instanceof Element ? node : node.parentElement;
    const block = element?.closest('p, h1, h2, h3, h4, h5, h6, li, td, th, div[data-level]');
    if (block === null || block === undefined) return undefined;
    let top = where.tops.get(block);
    if (top === undefined) {
      top = block.getBoundingClientRect().top - where.boxTop;
      where.tops.set(block, top);
    }
    return top;
  } catch {
    return undefined;
  }
}

interface ReviewMarginProps {
  readonly editor: Editor;
  readonly meetingId: string;
  readonly review: ReviewState;
  /** Who looks; a role of null (the draft is closed to them) offers no step on any card. */
  readonly viewer: { readonly role: Role | null; readonly you: string };
  readonly newComment: NewComment | undefined;
  readonly onNewCommentDone: () => void;
}

/**
 * The margin beside the sheet (as in Google Docs): a card per comment thread and per open
 * suggestion, each beside its text when there is room, stacked without overlap, and orphaned
 * ones at the end. Selecting a card highlights its text; putting the cursor in the text selects
 * its card.
 */
export function ReviewMargin({
  editor,
  meetingId,
  review,
  viewer,
  newComment,
  onNewCommentDone,
}: ReviewMarginProps): ReactElement {
  const lists = review.value;
  const box = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<string | undefined>();
  const [showDecided, setShowDecided] = useState(false);
  const [, setMoves] = useState(0);
  const [measured, setMeasured] = useState<Measured>({ anchors: new Map(), heights: new Map() });
  const siblings = useMemo(() => siblingsByCard(lists?.suggestions ?? NONE), [lists]);
  // The same object from render to render, so that cards whose thread did not change skip theirs.
  const { role, you } = viewer;
  const cardViewer = useMemo(() => ({ role, you }), [role, you]);

  useEffect(() => {
    if (lists !== undefined && !editor.isDestroyed) showReviewItems(editor.view, lists);
  }, [editor, lists]);
  useEffect(() => {
    if (!editor.isDestroyed) markActiveItem(editor.view, active);
  }, [editor, active]);

  useEffect(() => {
    let frame = 0;
    // Text typed above a card moves it: measure again once per frame, after the editor drew.
    const moved = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        setMoves((count) => count + 1);
      });
    };
    const selected = (): void => {
      const ranges = reviewDecorationsKey.getState(editor.state)?.ranges;
      const { from } = editor.state.selection;
      let found: { id: string; size: number } | undefined;
      for (const [id, range] of ranges ?? []) {
        const size = range.to - range.from;
        if (range.from <= from && from <= range.to && (found === undefined || size < found.size))
          found = { id, size };
      }
      if (found !== undefined) setActive(found.id);
    };
    editor.on('transaction', moved);
    editor.on('selectionUpdate', selected);
    window.addEventListener('resize', moved);
    return () => {
      editor.off('transaction', moved);
      editor.off('selectionUpdate', selected);
      window.removeEventListener('resize', moved);
      cancelAnimationFrame(frame);
    };
  }, [editor]);

  const entries: Entry[] = [];
  if (newComment !== undefined) entries.push({ kind: 'new', id: NEW_COMMENT, item: newComment });
  for (const item of lists?.comments ?? [])
    if (showDecided || item.status === 'open')
      entries.push({ kind: 'comment', id: item.commentId, item });
  for (const item of lists?.suggestions ?? [])
    if (showDecided || item.status === 'open')
      entries.push({ kind: 'suggestion', id: item.suggestionId, item });
  const decided =
    (lists?.comments.filter((item) => item.status !== 'open').length ?? 0) +
    (lists?.suggestions.filter((item) => item.status !== 'open').length ?? 0);

  // After every render: where each card's text is now and how tall each card came out. Finding
  // a thousand texts on the page is the costly part: it is done again only when the document,
  // the cards or the window changed since the last time.
  const lastPlaced = useRef<{ key: unknown[]; anchors: Map<string, number | undefined> }>(
    undefined,
  );
  useLayoutEffect(() => {
    const element = box.current;
    if (element === null) return;
    const key = [editor.state.doc, lists, newComment, showDecided, window.innerWidth];
    const unchanged =
      lastPlaced.current !== undefined &&
      lastPlaced.current.key.every((part, index) => part === key[index]);
    let anchors = lastPlaced.current?.anchors ?? new Map<string, number | undefined>();
    if (!unchanged) {
      const ranges = reviewDecorationsKey.getState(editor.state)?.ranges;
      const where = { boxTop: element.getBoundingClientRect().top, tops: new Map<Node, number>() };
      anchors = new Map();
      for (const entry of entries) {
        const from = entry.kind === 'new' ? entry.item.from : ranges?.get(entry.id)?.from;
        anchors.set(entry.id, from === undefined ? undefined : topOf(editor, from, where));
      }
      lastPlaced.current = { key, anchors };
    }
    // Cards not drawn now (windowed away) keep the height they last had.
    const heights = new Map(measured.heights);
    for (const card of element.querySelectorAll<HTMLElement>('[data-card-id]'))
      heights.set(card.dataset['cardId'] ?? '', card.offsetHeight);
    const next = { anchors, heights };
    if (!samePlaces(next, measured)) setMeasured(next);
  });

  // Which part of the margin the window shows, in the margin's own coordinates.
  const [shown, setShown] = useState<{ from: number; to: number }>({ from: 0, to: 0 });
  useEffect(() => {
    let frame = 0;
    const look = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const element = box.current;
        if (element === null) return;
        const top = element.getBoundingClientRect().top;
        setShown((before) => {
          const from = -top;
          const to = -top + window.innerHeight;
          return before.from === from && before.to === to ? before : { from, to };
        });
      });
    };
    look();
    window.addEventListener('scroll', look, { passive: true });
    window.addEventListener('resize', look);
    return () => {
      window.removeEventListener('scroll', look);
      window.removeEventListener('resize', look);
      cancelAnimationFrame(frame);
    };
  }, []);

  const tops = stackCards(
    entries.map((entry) => ({
      id: entry.id,
      anchorTop: measured.anchors.get(entry.id),
      height: measured.heights.get(entry.id) ?? 96,
    })),
    newComment !== undefined ? NEW_COMMENT : active,
  );
  // A long review (hundreds of cards) draws only the cards near what the window shows, and the
  // selected one: mounting a thousand cards cost the page more than everything else it does.
  const drawn =
    entries.length <= WINDOW_FROM
      ? entries
      : entries.filter((entry) => {
          if (entry.kind === 'new' || entry.id === active) return true;
          const top = tops.get(entry.id) ?? 0;
          const height = measured.heights.get(entry.id) ?? 96;
          return top + height >= shown.from - WINDOW_SLACK && top <= shown.to + WINDOW_SLACK;
        });
  const bottom = Math.max(
    0,
    ...entries.map((entry) => (tops.get(entry.id) ?? 0) + (measured.heights.get(entry.id) ?? 96)),
  );
  const mayDecide = mayDecideSuggestions(viewer.role);
  // Placed once every card's text has been found on the page (the benchmark waits for it).
  const ready = lists !== undefined && entries.every((entry) => measured.anchors.has(entry.id));

  return (
    <aside
      className="review-margin"
      aria-label="Comments and suggestions"
      data-testid="review-margin"
      data-review-ready={ready ? 'true' : 'false'}
    >
      {decided > 0 && (
        <label className="review-margin__toggle">
          <input
            type="checkbox"
            data-testid="show-decided"
            checked={showDecided}
            onChange={(event) => {
              setShowDecided(event.target.checked);
            }}
          />
          Show decided ({decided})
        </label>
      )}
      <div className="review-margin__cards" ref={box} style={{ minHeight: bottom }}>
        {drawn.map((entry) => (
          <article
            key={entry.id}
            className={`review-card review-card--${entry.kind}${active === entry.id ? ' is-active' : ''}`}
            data-card-id={entry.id}
            data-testid={entry.kind === 'new' ? 'new-comment-card' : 'review-card'}
            data-kind={entry.kind}
            data-number={entry.kind === 'new' ? undefined : entry.item.number}
            data-status={entry.kind === 'new' ? undefined : entry.item.status}
            style={{ top: tops.get(entry.id) ?? 0 }}
            onClick={() => {
              if (entry.kind !== 'new') setActive(entry.id);
            }}
          >
            {entry.kind === 'new' && (
              <NewCommentCard
                meetingId={meetingId}
                comment={entry.item}
                onAdded={review.reload}
                onDone={onNewCommentDone}
              />
            )}
            {entry.kind === 'comment' && (
              <CommentCard
                meetingId={meetingId}
                comment={entry.item}
                viewer={cardViewer}
                active={active === entry.id}
                onChanged={review.reload}
              />
            )}
            {entry.kind === 'suggestion' && (
              <SuggestionCard
                meetingId={meetingId}
                suggestion={entry.item}
                mayDecide={mayDecide}
                active={active === entry.id}
                siblings={siblings.get(entry.id) ?? NO_SIBLINGS}
                onChanged={review.reload}
              />
            )}
          </article>
        ))}
      </div>
    </aside>
  );
}
