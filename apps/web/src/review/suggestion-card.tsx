import { useState, type CSSProperties, type ReactElement, memo } from 'react';

import type { ApiResult } from '../api/http.js';
import { colorFor } from '../identity/identity.js';
import { CardHeader, OrphanedQuote } from './card-header.js';
import { decideSuggestion, type ReviewSuggestion } from './review-api.js';
import { useCardAction } from './use-card-action.js';

/** The open suggestions a bulk Accept would take: by the same author, and in the same paragraph. */
export interface SuggestionSiblings {
  readonly byAuthor: readonly ReviewSuggestion[];
  readonly inParagraph: readonly ReviewSuggestion[];
}

interface SuggestionCardProps {
  readonly meetingId: string;
  readonly suggestion: ReviewSuggestion;
  readonly mayDecide: boolean;
  readonly active: boolean;
  readonly siblings: SuggestionSiblings;
  readonly onChanged: () => void;
}

/** The proposed change in words, coloured as in the draft. */
function ProposedChange({ suggestion }: { readonly suggestion: ReviewSuggestion }): ReactElement {
  const style: CSSProperties = { ['--author-colour' as string]: colorFor(suggestion.author) };
  const inserted = <ins className="review-card__ins">{suggestion.replacement}</ins>;
  const deleted = <del className="review-card__del">{suggestion.text}</del>;
  return (
    <p className="review-card__change" style={style} data-testid="suggestion-change">
      {suggestion.kind === 'insertion' && <>Insert {inserted}</>}
      {suggestion.kind === 'deletion' && <>Delete {deleted}</>}
      {suggestion.kind === 'replacement' && (
        <>
          Replace {deleted} with {inserted}
        </>
      )}
    </p>
  );
}

/** Accepts each in turn; stops at the first refusal, which the card shows. */
async function acceptEach(
  meetingId: string,
  suggestions: readonly ReviewSuggestion[],
): Promise<ApiResult<unknown>> {
  let last: ApiResult<unknown> = { ok: true, value: undefined };
  for (const item of suggestions) {
    last = await decideSuggestion(meetingId, {
      suggestionId: item.suggestionId,
      decision: 'accept',
    });
    if (!last.ok) return last;
  }
  return last;
}

/**
 * A suggestion in the margin: what it changes, its note, and for the chair and vice-chairs
 * Accept and Reject (with an optional reason), or all of an author's or a paragraph's at once.
 * An orphaned one (its text is gone) can only be rejected.
 */
export const SuggestionCard = memo(function SuggestionCard({
  meetingId,
  suggestion,
  mayDecide,
  active,
  siblings,
  onChanged,
}: SuggestionCardProps): ReactElement {
  const { busy, problem, run } = useCardAction(onChanged);
  const [reason, setReason] = useState('');
  const open = suggestion.status === 'open';
  const decide = (decision: 'accept' | 'reject'): void => {
    void run(() =>
      decideSuggestion(meetingId, { suggestionId: suggestion.suggestionId, decision, reason }),
    );
  };
  const { byAuthor, inParagraph } = siblings;

  return (
    <>
      <CardHeader
        author={suggestion.author}
        authorName={suggestion.authorName}
        at={suggestion.proposedAt}
        number={suggestion.number}
        paragraph={suggestion.paragraph}
      />
      {suggestion.orphaned && <OrphanedQuote quote={suggestion.text} />}
      <ProposedChange suggestion={suggestion} />
      {suggestion.note !== null && <p className="review-card__body">{suggestion.note}</p>}
      {!open && (
        <p className="review-card__decision" data-testid="suggestion-decision">
          {suggestion.status === 'accepted' ? 'Accepted' : 'Rejected'}
          {suggestion.decidedByName !== null && ` by ${suggestion.decidedByName}`}
          {suggestion.reason !== null && `: ${suggestion.reason}`}
        </p>
      )}
      {open && mayDecide && (
        <>
          {active && (
            <input
              className="review-card__input"
              data-testid="suggestion-reason"
              placeholder="Reason (optional)"
              maxLength={2000}
              value={reason}
              onChange={(event) => {
                setReason(event.target.value);
              }}
            />
          )}
          <div className="review-card__actions">
            <button
              type="button"
              className="button button--primary button--small"
              data-testid="accept-suggestion"
              disabled={busy || suggestion.orphaned}
              title={suggestion.orphaned ? 'Its text is gone: it can only be rejected.' : undefined}
              onClick={() => {
                decide('accept');
              }}
            >
              Accept
            </button>
            <button
              type="button"
              className="button button--quiet button--small"
              data-testid="reject-suggestion"
              disabled={busy}
              onClick={() => {
                decide('reject');
              }}
            >
              Reject
            </button>
          </div>
          {active && (byAuthor.length > 1 || inParagraph.length > 1) && (
            <div className="review-card__bulk">
              {byAuthor.length > 1 && (
                <button
                  type="button"
                  className="review-card__link"
                  data-testid="accept-all-author"
                  disabled={busy}
                  onClick={() => {
                    void run(() => acceptEach(meetingId, byAuthor));
                  }}
                >
                  Accept all {byAuthor.length} by {suggestion.authorName}
                </button>
              )}
              {inParagraph.length > 1 && suggestion.paragraph !== null && (
                <button
                  type="button"
                  className="review-card__link"
                  data-testid="accept-all-section"
                  disabled={busy}
                  onClick={() => {
                    void run(() => acceptEach(meetingId, inParagraph));
                  }}
                >
                  Accept all {inParagraph.length} in {suggestion.paragraph.replace(/\.$/, '')}
                </button>
              )}
            </div>
          )}
        </>
      )}
      {problem !== undefined && (
        <p className="review-card__problem" role="alert">
          {problem.detail}
        </p>
      )}
    </>
  );
});
