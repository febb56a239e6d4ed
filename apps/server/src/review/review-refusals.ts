import { Refusal, type RefusalType } from '@rapporteur/errors';

// What the review routes refuse beyond the domain's and the anchors' own refusals.
const REVIEW_REFUSALS = {
  suggestionNotFound: ['suggestion_not_found', 'not_found', 'No such suggestion'],
  commentNotFound: ['comment_not_found', 'not_found', 'No such comment'],
  emptySuggestion: ['empty_suggestion', 'unprocessable', 'Nothing is suggested'],
  emptyDraft: ['empty_draft', 'conflict', 'Nothing to review yet'],
} as const satisfies Record<string, RefusalType>;

// The sentence does not echo the id: people read it, and the id says nothing to them.
/** A suggestion id this meeting does not have. */
export const suggestionNotFound = (): Refusal =>
  new Refusal(
    REVIEW_REFUSALS.suggestionNotFound,
    'This meeting has no such suggestion: reload the suggestions, or list them with GET /api/meetings/{meetingId}/suggestions.',
  );

/** A comment id this meeting does not have. */
export const commentNotFound = (): Refusal =>
  new Refusal(
    REVIEW_REFUSALS.commentNotFound,
    'This meeting has no such comment: reload the comments, or list them with GET /api/meetings/{meetingId}/comments.',
  );

/** A suggestion that neither removes nor adds anything. */
export const emptySuggestion = (): Refusal =>
  new Refusal(
    REVIEW_REFUSALS.emptySuggestion,
    'This suggestion changes nothing: give a quote to delete or replace, a replacement to add, or both, and make the replacement differ from the quote.',
  );

/** Comments and suggestions point into the draft, and an empty draft has no text to point at. */
export const nothingToAnchor = (): Refusal =>
  new Refusal(
    REVIEW_REFUSALS.emptyDraft,
    'The draft is empty: there is no text to comment on or to change yet.',
  );
