import type { ScheduledMeeting } from '../meeting/meeting.state.js';
import type { ReviewEvent } from './review.events.js';
import type { ReviewComment, ReviewSuggestion } from './review.state.js';

/**
 * Folds one review event into the meeting. Events are facts: one about a comment or a
 * suggestion it does not know changes nothing.
 */
export function evolveReview(meeting: ScheduledMeeting, event: ReviewEvent): ScheduledMeeting {
  const { at, by } = event.data;
  switch (event.type) {
    case 'CommentAdded': {
      const { commentId, anchor, quote, paragraph, body } = event.data;
      const number = meeting.reviewItems + 1;
      const comment: ReviewComment = {
        commentId,
        number,
        anchor,
        quote,
        paragraph,
        body,
        added: { at, by },
        replies: [],
        status: 'open',
        resolved: undefined,
      };
      const comments = new Map(meeting.comments).set(commentId, comment);
      return { ...meeting, comments, reviewItems: number };
    }
    case 'CommentReplied': {
      const { replyId, body } = event.data;
      return changedComment(meeting, event.data.commentId, (comment) => ({
        replies: [...comment.replies, { replyId, body, at, by }],
      }));
    }
    case 'CommentResolved': {
      const { disposition, reason } = event.data;
      return changedComment(meeting, event.data.commentId, () => ({
        status: 'resolved',
        resolved: { at, by, disposition, reason },
      }));
    }
    case 'CommentReopened':
      return changedComment(meeting, event.data.commentId, () => ({
        status: 'open',
        resolved: undefined,
      }));
    case 'SuggestionProposed': {
      const { suggestionId, anchor, kind, quote, replacement, paragraph, note } = event.data;
      const number = meeting.reviewItems + 1;
      const suggestion: ReviewSuggestion = {
        suggestionId,
        number,
        anchor,
        kind,
        quote,
        replacement,
        paragraph,
        note,
        proposed: { at, by },
        status: 'open',
        decided: undefined,
        draftRevision: undefined,
      };
      const suggestions = new Map(meeting.suggestions).set(suggestionId, suggestion);
      return { ...meeting, suggestions, reviewItems: number };
    }
    case 'SuggestionAccepted': {
      const { suggestionId, reason, draftRevision } = event.data;
      if (!meeting.suggestions.has(suggestionId)) return meeting;
      // The suggestion records where its text landed. The version under review is not moved
      // here: a version's revision and fingerprints change together, and the chain hash of the
      // accepted edit is known only once it is stored, so the approval records all three for
      // the draft as it then stands (decision 36). The event's content hash is kept for audits.
      return changedSuggestion(meeting, suggestionId, () => ({
        status: 'accepted',
        decided: { at, by, reason },
        draftRevision,
      }));
    }
    case 'SuggestionRejected':
      return changedSuggestion(meeting, event.data.suggestionId, () => ({
        status: 'rejected',
        decided: { at, by, reason: event.data.reason },
      }));
    case 'EndorsementsRequiredChanged':
      return { ...meeting, endorsementsRequired: event.data.endorsementsRequired };
  }
}

function changedComment(
  meeting: ScheduledMeeting,
  commentId: string,
  change: (comment: ReviewComment) => Partial<ReviewComment>,
): ScheduledMeeting {
  const comment = meeting.comments.get(commentId);
  if (comment === undefined) return meeting;
  const comments = new Map(meeting.comments).set(commentId, { ...comment, ...change(comment) });
  return { ...meeting, comments };
}

function changedSuggestion(
  meeting: ScheduledMeeting,
  suggestionId: string,
  change: (suggestion: ReviewSuggestion) => Partial<ReviewSuggestion>,
): ScheduledMeeting {
  const suggestion = meeting.suggestions.get(suggestionId);
  if (suggestion === undefined) return meeting;
  const updated = { ...suggestion, ...change(suggestion) };
  return { ...meeting, suggestions: new Map(meeting.suggestions).set(suggestionId, updated) };
}
