import { describe, expect, it } from 'vitest';

import { latestReviewRevision, touchesReview } from './review-live.js';

describe('touchesReview', () => {
  it('follows comments, suggestions, versions and the draft', () => {
    for (const type of [
      'CommentAdded',
      'CommentResolved',
      'SuggestionProposed',
      'SuggestionAccepted',
      'VersionSubmitted',
      'DraftFrozen',
    ])
      expect(touchesReview(type)).toBe(true);
  });

  it('ignores the roster and the meeting’s other news', () => {
    for (const type of ['ParticipantInvited', 'RoleChanged', 'MeetingCreated'])
      expect(touchesReview(type)).toBe(false);
  });
});

describe('latestReviewRevision', () => {
  it('is the newest revision among the events that touch the review', () => {
    expect(
      latestReviewRevision([
        { type: 'SuggestionProposed', revision: 7 },
        { type: 'ParticipantInvited', revision: 9 },
        { type: 'CommentAdded', revision: 8 },
      ]),
    ).toBe(8);
  });

  it('is undefined for a batch with nothing of the review', () => {
    expect(latestReviewRevision([{ type: 'ParticipantInvited', revision: 3 }])).toBeUndefined();
    expect(latestReviewRevision([])).toBeUndefined();
  });
});
