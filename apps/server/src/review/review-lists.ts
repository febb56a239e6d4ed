import type { Comment, Suggestion } from '@rapporteur/api-contract';
import type { ScheduledMeeting } from '@rapporteur/domain';
import type { EventStore } from '@rapporteur/event-store';
import { whereaboutsIn, withStoredDraft } from './review-draft.js';
import { presentComment, presentSuggestion } from './review-presenter.js';

/** Every comment and suggestion of a meeting, presented where their anchors are now. */
export interface PresentedReview {
  readonly comments: readonly Comment[];
  readonly suggestions: readonly Suggestion[];
}

/**
 * Presents the meeting's comments and suggestions, reading the stored draft once to say where
 * each anchor is now (and not at all while there is nothing to place).
 */
export async function presentedReview(
  store: EventStore,
  meeting: ScheduledMeeting,
): Promise<PresentedReview> {
  const comments = [...meeting.comments.values()];
  const suggestions = [...meeting.suggestions.values()];
  if (comments.length === 0 && suggestions.length === 0) return { comments: [], suggestions: [] };
  return withStoredDraft(store, meeting.meetingId, (doc) => {
    const whereabouts = whereaboutsIn(doc);
    return {
      comments: comments.map((comment) =>
        presentComment(meeting, comment, whereabouts(comment.anchor, comment.paragraph)),
      ),
      suggestions: suggestions.map((suggestion) =>
        presentSuggestion(
          meeting,
          suggestion,
          whereabouts(suggestion.anchor, suggestion.paragraph),
        ),
      ),
    };
  });
}
