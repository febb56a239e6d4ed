import { randomUUID } from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import {
  CommentListSchema,
  CommentParams,
  CommentSchema,
  CommentReplySchema,
  MeetingParams,
  NewCommentSchema,
  NewReplySchema,
  ResolutionSchema,
} from '@rapporteur/api-contract';
import type { ScheduledMeeting } from '@rapporteur/domain';
import type { EventStore } from '@rapporteur/event-store';
import type { AuthEnv } from '../auth/auth-context.js';
import { apiRouter, problemResponses } from '../http/openapi.js';
import type { MeetingCatalog } from '../meetings/meeting-catalog.js';
import type { MeetingCommandHandler } from '../meetings/meeting-command-handler.js';
import { place, withStoredDraft } from './review-draft.js';
import { presentedReview } from './review-lists.js';
import { presentComment } from './review-presenter.js';
import { commentNotFound } from './review-refusals.js';
import { actorOf, jsonAnswer, jsonBody, mayDo, reviewerIn } from './review-requests.js';

const tags = ['review'];

const add = createRoute({
  method: 'post',
  path: '/meetings/{meetingId}/comments',
  tags,
  summary: 'Comments on a part of the draft: by paragraph and quote, or by the editor’s anchor',
  request: { params: MeetingParams, body: jsonBody(NewCommentSchema) },
  responses: {
    201: jsonAnswer(CommentSchema.pick({ commentId: true }), 'The comment, live in every editor'),
    ...problemResponses,
  },
});
const list = createRoute({
  method: 'get',
  path: '/meetings/{meetingId}/comments',
  tags,
  summary: 'Every comment thread, open and resolved, in the order they were started',
  request: { params: MeetingParams },
  responses: { 200: jsonAnswer(CommentListSchema, 'The comments'), ...problemResponses },
});
const reply = createRoute({
  method: 'post',
  path: '/meetings/{meetingId}/comments/{commentId}/replies',
  tags,
  summary: 'Replies in a comment thread',
  request: { params: CommentParams, body: jsonBody(NewReplySchema) },
  responses: {
    201: jsonAnswer(CommentReplySchema.pick({ replyId: true }), 'The reply'),
    ...problemResponses,
  },
});
const resolve = createRoute({
  method: 'post',
  path: '/meetings/{meetingId}/comments/{commentId}/resolve',
  tags,
  summary: 'Closes a thread with a disposition (accepted, rejected, noted, resolved) and a reason',
  request: { params: CommentParams, body: jsonBody(ResolutionSchema) },
  responses: { 200: jsonAnswer(CommentSchema, 'The comment, resolved'), ...problemResponses },
});
const reopen = createRoute({
  method: 'post',
  path: '/meetings/{meetingId}/comments/{commentId}/reopen',
  tags,
  summary: 'Opens a resolved thread again',
  request: { params: CommentParams },
  responses: { 200: jsonAnswer(CommentSchema, 'The comment, open again'), ...problemResponses },
});

/**
 * Comment threads (issue #14): anyone who may read the draft comments on a part of it, replies,
 * and the thread ends with a disposition that the register lists.
 */
export function commentsRoutes({
  store,
  catalog,
  commands,
}: {
  store: EventStore;
  catalog: MeetingCatalog;
  commands: MeetingCommandHandler;
}) {
  return apiRouter<AuthEnv>()
    .openapi(add, async (c) => {
      const { meetingId } = c.req.valid('param');
      const { user, meeting } = await reviewerIn(catalog, c.get('user'), meetingId);
      mayDo(meeting, user, 'comment');
      const body = c.req.valid('json');
      const placed = await withStoredDraft(store, meetingId, (doc) => place(doc, body));
      const commentId = randomUUID();
      await commands.execute(meetingId, {
        type: 'AddComment',
        data: { commentId, ...placed, body: body.body, by: actorOf(user) },
      });
      return c.json({ commentId }, 201);
    })
    .openapi(list, async (c) => {
      const { meetingId } = c.req.valid('param');
      const { meeting } = await reviewerIn(catalog, c.get('user'), meetingId);
      const { comments } = await presentedReview(store, meeting);
      return c.json({ comments: [...comments] }, 200);
    })
    .openapi(reply, async (c) => {
      const { meetingId, commentId } = c.req.valid('param');
      const { user, meeting } = await reviewerIn(catalog, c.get('user'), meetingId);
      mayDo(meeting, user, 'comment');
      if (!meeting.comments.has(commentId)) throw commentNotFound();
      const replyId = randomUUID();
      await commands.execute(meetingId, {
        type: 'ReplyToComment',
        data: { commentId, replyId, body: c.req.valid('json').body, by: actorOf(user) },
      });
      return c.json({ replyId }, 201);
    })
    .openapi(resolve, async (c) => {
      const { meetingId, commentId } = c.req.valid('param');
      const { user, meeting } = await reviewerIn(catalog, c.get('user'), meetingId);
      if (!meeting.comments.has(commentId)) throw commentNotFound();
      const { disposition, reason } = c.req.valid('json');
      const result = await commands.execute(meetingId, {
        type: 'ResolveComment',
        data: {
          commentId,
          disposition,
          ...(reason === undefined ? {} : { reason }),
          by: actorOf(user),
        },
      });
      return c.json(settled(result.meeting, commentId), 200);
    })
    .openapi(reopen, async (c) => {
      const { meetingId, commentId } = c.req.valid('param');
      const { user, meeting } = await reviewerIn(catalog, c.get('user'), meetingId);
      if (!meeting.comments.has(commentId)) throw commentNotFound();
      const result = await commands.execute(meetingId, {
        type: 'ReopenComment',
        data: { commentId, by: actorOf(user) },
      });
      return c.json(settled(result.meeting, commentId), 200);
    });
}

// After a resolution or a reopening the thread is presented where it was made; the list says
// where its anchor is now.
function settled(meeting: ScheduledMeeting, commentId: string) {
  const comment = meeting.comments.get(commentId);
  if (comment === undefined) throw commentNotFound();
  return presentComment(meeting, comment, { paragraph: comment.paragraph, orphaned: false });
}
