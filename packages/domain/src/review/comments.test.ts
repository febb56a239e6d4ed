import { describe, expect, it } from 'vitest';
import {
  addComment,
  commentAdded,
  commentOn,
  commentReopened,
  commentReplied,
  commentResolved,
  given,
  holding,
  reopenComment,
  replyToComment,
  resolveComment,
  stagesOf,
  team,
  versionAt,
} from '../../testing/index.js';
import { replay } from '../decider.js';
import { ForbiddenError, IllegalStateError, NotFoundError, ValidationError } from '../errors.js';
import { meetingDecider } from '../meeting/meeting.decide.js';
import { DISPOSITIONS, type Disposition } from './review.state.js';

const delegate = holding.delegate;
const ahmadova = holding['vice-chair'];
const comment = commentOn('c-1');
const commented = [...team, commentAdded(comment, delegate)];
const reply = { commentId: 'c-1', replyId: 'r-1', body: 'By 15 January 2020, as agreed.' };

function commentsAfter(events: Parameters<typeof given>[0]) {
  const state = replay(meetingDecider, events ?? []);
  if (state.kind !== 'scheduled') throw new Error('the meeting was not scheduled');
  return state;
}

describe('adding a comment', () => {
  it('lets a delegate comment on the draft', () => {
    given(team)
      .when(addComment(comment, delegate))
      .then([commentAdded(comment, delegate)]);
  });

  it('numbers comments in the order they were made, with their author and no reply yet', () => {
    const state = commentsAfter([...commented, commentAdded(commentOn('c-2'), ahmadova)]);
    expect(state.comments.get('c-1')).toMatchObject({
      number: 1,
      paragraph: '8.2.1.1',
      status: 'open',
      replies: [],
      resolved: undefined,
      added: { by: { personId: 'p-museminali' } },
    });
    expect(state.comments.get('c-2')?.number).toBe(2);
    expect(state.reviewItems).toBe(2);
  });

  it('trims the body and keeps its paragraphs, and keeps the quote exactly', () => {
    const spaced = { ...comment, quote: ' reports by ', body: '  First.\r\nSecond.  ' };
    given(team)
      .when(addComment(spaced, delegate))
      .then([commentAdded({ ...spaced, body: 'First.\nSecond.' }, delegate)]);
  });

  it('takes a comment on text outside numbered paragraphs', () => {
    const onHeading = { ...comment, paragraph: null };
    given(team)
      .when(addComment(onHeading, delegate))
      .then([commentAdded(onHeading, delegate)]);
  });

  it.each([
    ['body', { body: '' }, /^body must not be empty\.$/],
    ['body', { body: 'x'.repeat(2001) }, /^body is 2001 characters long; the limit is 2000\.$/],
    ['quote', { quote: 'x'.repeat(5001) }, /^quote is 5001 characters long; the limit is 5000\.$/],
    ['anchor.start', { anchor: { start: '', end: 'AQ==' } }, /^anchor\.start is required/],
    ['anchor.end', { anchor: { start: 'AQ==', end: 'A'.repeat(513) } }, /the limit is 512\.$/],
    [
      'anchor.end',
      { anchor: { start: 'AQ==', end: 'not base64' } },
      /without spaces or control characters\.$/,
    ],
    ['paragraph', { paragraph: '' }, /^paragraph must not be empty\.$/],
  ])('refuses a bad %s', (field, change, message) => {
    given(team)
      .when(addComment({ ...comment, ...change }, delegate))
      .thenThrows(ValidationError, message, { field });
  });

  it('refuses a second comment with the same id', () => {
    given(commented)
      .when(addComment(comment, ahmadova))
      .thenThrows(
        IllegalStateError,
        /^There is already comment 1 under the same id: give the new comment an id of its own\.$/,
      );
  });

  it('refuses someone who is not a participant', () => {
    given(team)
      .when(addComment(comment, { personId: 'p-stranger' }))
      .thenThrows(ForbiddenError, /you are not a participant in this meeting\.$/, {
        action: 'comment',
      });
  });

  it('refuses every comment while the draft is frozen', () => {
    given(stagesOf(versionAt(41)).frozen)
      .when(addComment(comment, delegate))
      .thenThrows(IllegalStateError, /^The draft is frozen at version .*: to comment, the chair/);
  });
});

describe('replying to a comment', () => {
  it('lets anyone answer, and keeps the thread in order', () => {
    given(commented)
      .when(replyToComment(reply, ahmadova))
      .then([commentReplied(reply, ahmadova)]);
    const second = { ...reply, replyId: 'r-2', body: 'Thank you.' };
    const state = commentsAfter([
      ...commented,
      commentReplied(reply, ahmadova),
      commentReplied(second, delegate),
    ]);
    expect(
      state.comments.get('c-1')?.replies.map(({ replyId, by }) => [replyId, by.personId]),
    ).toEqual([
      ['r-1', 'p-ahmadova'],
      ['r-2', 'p-museminali'],
    ]);
  });

  it('refuses a reply to a comment that does not exist', () => {
    given(commented)
      .when(replyToComment({ ...reply, commentId: 'c-missing' }, ahmadova))
      .thenThrows(NotFoundError, /^This meeting has no such comment/, {
        resource: 'comment',
        id: 'c-missing',
      });
  });

  it('refuses a reply id used already in the thread', () => {
    given([...commented, commentReplied(reply, ahmadova)])
      .when(replyToComment(reply, delegate))
      .thenThrows(
        IllegalStateError,
        /^Comment 1 already has a reply under the same id: give the new reply an id of its own\.$/,
      );
  });
});

describe('resolving a comment', () => {
  it.each(DISPOSITIONS.map((disposition) => [disposition]))(
    'lets a vice-chair resolve it as %s, with a reason',
    (disposition: Disposition) => {
      const resolution = { disposition, reason: 'Discussed in the meeting.' };
      given(commented)
        .when(resolveComment('c-1', resolution, ahmadova))
        .then([commentResolved('c-1', resolution, ahmadova)]);
    },
  );

  it('records the disposition, who resolved it and a blank reason as none', () => {
    given(commented)
      .when(resolveComment('c-1', { disposition: 'noted', reason: '  ' }, ahmadova))
      .then([commentResolved('c-1', { disposition: 'noted', reason: null }, ahmadova)]);
    const state = commentsAfter([
      ...commented,
      commentResolved('c-1', { disposition: 'accepted' }, ahmadova),
    ]);
    expect(state.comments.get('c-1')).toMatchObject({
      status: 'resolved',
      resolved: { disposition: 'accepted', reason: null, by: { personId: 'p-ahmadova' } },
    });
  });

  it('lets the author resolve their own comment, whatever their role', () => {
    given(commented)
      .when(resolveComment('c-1', { disposition: 'resolved' }, delegate))
      .then([commentResolved('c-1', { disposition: 'resolved' }, delegate)]);
  });

  it("refuses a delegate resolving someone else's comment, saying who may", () => {
    const byAhmadova = [...team, commentAdded(comment, ahmadova)];
    given(byAhmadova)
      .when(resolveComment('c-1', { disposition: 'noted' }, delegate))
      .thenThrows(
        ForbiddenError,
        /^Only the author of comment 1, the chair or a vice-chair may resolve it; you are a delegate\.$/,
        { action: 'decide-suggestion' },
      );
    given(byAhmadova)
      .when(resolveComment('c-1', { disposition: 'noted' }, holding.secretariat))
      .thenThrows(ForbiddenError, /you are the secretariat\.$/);
  });

  it('refuses resolving twice', () => {
    given([...commented, commentResolved('c-1', { disposition: 'noted' }, ahmadova)])
      .when(resolveComment('c-1', { disposition: 'accepted' }))
      .thenThrows(
        IllegalStateError,
        /^Comment 1 is resolved already \(noted\): reopen it first to resolve it otherwise\.$/,
      );
  });

  it('refuses a disposition it does not know', () => {
    given(commented)
      .when(resolveComment('c-1', { disposition: 'done' as Disposition }, ahmadova))
      .thenThrows(
        ValidationError,
        /^disposition must be one of accepted, rejected, noted, resolved\.$/,
        {
          field: 'disposition',
        },
      );
  });

  it('refuses a comment that does not exist', () => {
    given(commented)
      .when(resolveComment('c-missing', { disposition: 'noted' }, ahmadova))
      .thenThrows(NotFoundError, /^This meeting has no such comment/);
  });

  it('refuses while the draft is frozen', () => {
    given([...stagesOf(versionAt(41)).frozen, commentAdded(comment, delegate)])
      .when(resolveComment('c-1', { disposition: 'noted' }, ahmadova))
      .thenThrows(IllegalStateError, /^The draft is frozen/);
  });
});

describe('reopening a comment', () => {
  const resolved = [...commented, commentResolved('c-1', { disposition: 'rejected' }, ahmadova)];

  it('lets the author reopen a resolved comment, which is open again without disposition', () => {
    given(resolved)
      .when(reopenComment('c-1', delegate))
      .then([commentReopened('c-1', delegate)]);
    const state = commentsAfter([...resolved, commentReopened('c-1', delegate)]);
    expect(state.comments.get('c-1')).toMatchObject({ status: 'open', resolved: undefined });
  });

  it('lets the chair reopen anyone’s comment, and refuses the secretariat', () => {
    given(resolved)
      .when(reopenComment('c-1'))
      .then([commentReopened('c-1')]);
    given(resolved)
      .when(reopenComment('c-1', holding.secretariat))
      .thenThrows(ForbiddenError, /may reopen it; you are the secretariat\.$/);
  });

  it('refuses a comment that is open', () => {
    given(commented)
      .when(reopenComment('c-1', delegate))
      .thenThrows(IllegalStateError, /^Comment 1 is open: only a resolved comment is reopened\.$/);
  });

  it('refuses a comment that does not exist', () => {
    given(resolved)
      .when(reopenComment('c-2', delegate))
      .thenThrows(NotFoundError, /^This meeting has no such comment/);
  });

  it('ignores events about a comment it does not know', () => {
    const state = commentsAfter([
      ...team,
      commentReplied(reply, holding.secretariat),
      commentResolved('c-x', { disposition: 'noted' }),
      commentReopened('c-x'),
    ]);
    expect(state.comments.size).toBe(0);
    expect(state.reviewItems).toBe(0);
  });
});
