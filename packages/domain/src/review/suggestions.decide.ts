import { IllegalStateError, NotFoundError, ValidationError } from '../errors.js';
import type { ScheduledMeeting } from '../meeting/meeting.state.js';
import { authorizeIn, requireStamp } from '../meeting/meeting.guards.js';
import { requireId, requireSha256, requireStreamRevision } from '../validation/fields.js';
import { capitalised, requireNotFrozen } from '../version/version.guards.js';
import { versionInSentence } from '../version/version.js';
import type { AcceptSuggestion, ProposeSuggestion, RejectSuggestion } from './review.commands.js';
import type {
  SuggestionAccepted,
  SuggestionProposed,
  SuggestionRejected,
} from './review.events.js';
import {
  optionalParagraphs,
  requireAnchor,
  requireDraftText,
  requireParagraphNumber,
  requireSuggestionKind,
} from './review.fields.js';
import { versionUnderReview } from './review.queries.js';
import type { ReviewSuggestion, SuggestionKind } from './review.state.js';

/** Decides a proposed change: anyone in the meeting suggests, delegates included. */
export function proposeSuggestion(
  meeting: ScheduledMeeting,
  command: ProposeSuggestion,
): readonly SuggestionProposed[] {
  const { at, by } = requireStamp(command.data);
  authorizeIn(meeting, by, 'suggest');
  const suggestion = {
    suggestionId: requireId('suggestionId', command.data.suggestionId),
    anchor: requireAnchor('anchor', command.data.anchor),
    kind: requireSuggestionKind('kind', command.data.kind),
    quote: requireDraftText('quote', command.data.quote),
    replacement: requireDraftText('replacement', command.data.replacement),
    paragraph: requireParagraphNumber('paragraph', command.data.paragraph),
    note: optionalParagraphs('note', command.data.note),
  };
  requireChange(suggestion);
  requireNotFrozen(meeting, 'suggest a change');
  if (meeting.suggestions.has(suggestion.suggestionId)) {
    throw new IllegalStateError(
      `There is already suggestion ${meeting.suggestions.get(suggestion.suggestionId)?.number ?? ''} under the same id: give the new suggestion an id of its own.`,
    );
  }
  return [{ type: 'SuggestionProposed', data: { ...suggestion, at, by } }];
}

/**
 * Decides accepting an open suggestion, which the server has applied to the draft at
 * `draftRevision`. The version under review takes the new text at its approval (decision 36);
 * once approved, it takes no more, since the chair approved its text as it is.
 */
export function acceptSuggestion(
  meeting: ScheduledMeeting,
  command: AcceptSuggestion,
): readonly SuggestionAccepted[] {
  const { at, by } = requireStamp(command.data);
  authorizeIn(meeting, by, 'decide-suggestion');
  const suggestionId = requireId('suggestionId', command.data.suggestionId);
  const reason = optionalParagraphs('reason', command.data.reason);
  const draftRevision = requireStreamRevision('draftRevision', command.data.draftRevision);
  const contentHash = requireSha256('contentHash', command.data.contentHash);
  requireNotFrozen(meeting, 'accept a suggestion');
  const suggestion = requireOpen(meeting, suggestionId, 'accepted');
  const underReview = versionUnderReview(meeting);
  if (underReview?.status === 'approved') {
    throw new IllegalStateError(
      `${capitalised(versionInSentence(underReview, meeting.versions.values()))} is approved, so its text stays as approved until ` +
        `the chair freezes it: reject suggestion ${suggestion.number}, or take it up after the freeze.`,
    );
  }
  return [
    {
      type: 'SuggestionAccepted',
      data: { suggestionId, reason, draftRevision, contentHash, at, by },
    },
  ];
}

/** Decides rejecting an open suggestion, with a reason when given. */
export function rejectSuggestion(
  meeting: ScheduledMeeting,
  command: RejectSuggestion,
): readonly SuggestionRejected[] {
  const { at, by } = requireStamp(command.data);
  authorizeIn(meeting, by, 'decide-suggestion');
  const suggestionId = requireId('suggestionId', command.data.suggestionId);
  const reason = optionalParagraphs('reason', command.data.reason);
  requireNotFrozen(meeting, 'reject a suggestion');
  requireOpen(meeting, suggestionId, 'rejected');
  return [{ type: 'SuggestionRejected', data: { suggestionId, reason, at, by } }];
}

// What each kind changes: an insertion quotes nothing, a deletion proposes nothing, and a
// replacement both, differently. A suggestion that changes nothing is refused.
function requireChange(suggestion: {
  readonly kind: SuggestionKind;
  readonly quote: string;
  readonly replacement: string;
}): void {
  const { kind, quote, replacement } = suggestion;
  if (quote === replacement) {
    throw new ValidationError(
      'replacement',
      'The suggestion changes nothing: give the text to insert, delete or replace, and what replaces it.',
    );
  }
  const expected: SuggestionKind =
    quote === '' ? 'insertion' : replacement === '' ? 'deletion' : 'replacement';
  if (kind !== expected) {
    throw new ValidationError(
      'kind',
      `kind is ${kind}, but the suggestion is ${article(expected)} ${expected}: an insertion quotes no text, ` +
        'a deletion proposes none, and a replacement has both.',
    );
  }
}

function requireOpen(
  meeting: ScheduledMeeting,
  suggestionId: string,
  deciding: 'accepted' | 'rejected',
): ReviewSuggestion {
  const suggestion = meeting.suggestions.get(suggestionId);
  if (suggestion === undefined) {
    throw new NotFoundError(
      'suggestion',
      'This meeting has no such suggestion: reload the suggestions and try again.',
      suggestionId,
    );
  }
  if (suggestion.status !== 'open') {
    throw new IllegalStateError(
      `Suggestion ${suggestion.number} was ${suggestion.status} already, so it cannot be ${deciding}: ` +
        'propose the change again to have it decided anew.',
    );
  }
  return suggestion;
}

function article(kind: SuggestionKind): string {
  return kind === 'insertion' ? 'an' : 'a';
}
