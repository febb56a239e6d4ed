import { randomUUID } from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import {
  DecisionSchema,
  MeetingParams,
  NewSuggestionSchema,
  SuggestionListSchema,
  SuggestionParams,
  SuggestionSchema,
  type NewSuggestion,
} from '@rapporteur/api-contract';
import type { CollabRooms } from '@rapporteur/collab';
import { type ScheduledMeeting } from '@rapporteur/domain';
import type { EventStore } from '@rapporteur/event-store';
import type { AuthEnv } from '../auth/auth-context.js';
import { apiRouter, problemResponses } from '../http/openapi.js';
import type { MeetingCatalog } from '../meetings/meeting-catalog.js';
import type { MeetingCommandHandler } from '../meetings/meeting-command-handler.js';
import { actorOf, jsonBody, jsonAnswer, mayDo, reviewerIn } from './review-requests.js';
import { place, withStoredDraft } from './review-draft.js';
import { presentedReview } from './review-lists.js';
import { presentSuggestion } from './review-presenter.js';
import { emptySuggestion, suggestionNotFound } from './review-refusals.js';
import { acceptSuggestion } from './suggestion-acceptance.js';

const tags = ['review'];

const propose = createRoute({
  method: 'post',
  path: '/meetings/{meetingId}/suggestions',
  tags,
  summary: 'Proposes a change to the draft: by paragraph and quote, or by the editor’s anchor',
  request: { params: MeetingParams, body: jsonBody(NewSuggestionSchema) },
  responses: {
    201: jsonAnswer(
      SuggestionSchema.pick({ suggestionId: true }),
      'The suggestion, in every open editor at once',
    ),
    ...problemResponses,
  },
});
const list = createRoute({
  method: 'get',
  path: '/meetings/{meetingId}/suggestions',
  tags,
  summary: 'Every suggestion, open and decided, in the order they were made',
  request: { params: MeetingParams },
  responses: { 200: jsonAnswer(SuggestionListSchema, 'The suggestions'), ...problemResponses },
});
const decision = (path: 'accept' | 'reject', summary: string) =>
  createRoute({
    method: 'post',
    path: `/meetings/{meetingId}/suggestions/{suggestionId}/${path}`,
    tags,
    summary,
    request: { params: SuggestionParams, body: jsonBody(DecisionSchema, false) },
    responses: {
      200: jsonAnswer(SuggestionSchema, 'The suggestion, decided'),
      ...problemResponses,
    },
  });
const accept = decision('accept', 'Accepts a suggestion: its text becomes ordinary text');
const reject = decision('reject', 'Rejects a suggestion: its text goes away');

/**
 * Suggestions (issue #14): proposed changes to the draft, from the editor's suggesting mode or
 * through the API, each accepted or rejected by the chair or a vice-chair with a recorded reason.
 */
export function suggestionsRoutes(parts: {
  store: EventStore;
  catalog: MeetingCatalog;
  commands: MeetingCommandHandler;
  rooms: CollabRooms;
}) {
  const { store, catalog, commands } = parts;
  return apiRouter<AuthEnv>()
    .openapi(propose, async (c) => {
      const { meetingId } = c.req.valid('param');
      const { user, meeting } = await reviewerIn(catalog, c.get('user'), meetingId);
      mayDo(meeting, user, 'suggest');
      const body = c.req.valid('json');
      const placed = await withStoredDraft(store, meetingId, (doc) => place(doc, body));
      const kind = kindOf(placed.quote, body.replacement);
      const suggestionId = randomUUID();
      await commands.execute(meetingId, {
        type: 'ProposeSuggestion',
        data: {
          suggestionId,
          ...placed,
          kind,
          replacement: body.replacement,
          note: noteOf(body),
          by: actorOf(user),
        },
      });
      return c.json({ suggestionId }, 201);
    })
    .openapi(list, async (c) => {
      const { meetingId } = c.req.valid('param');
      const { meeting } = await reviewerIn(catalog, c.get('user'), meetingId);
      const { suggestions } = await presentedReview(store, meeting);
      return c.json({ suggestions: [...suggestions] }, 200);
    })
    .openapi(accept, async (c) => {
      const { meetingId, suggestionId } = c.req.valid('param');
      const { user, meeting } = await reviewerIn(catalog, c.get('user'), meetingId);
      mayDo(meeting, user, 'decide-suggestion');
      const { reason } = c.req.valid('json');
      const result = await acceptSuggestion(parts, {
        meetingId,
        suggestionId,
        reason,
        by: actorOf(user),
      });
      return c.json(decided(result.meeting, suggestionId), 200);
    })
    .openapi(reject, async (c) => {
      const { meetingId, suggestionId } = c.req.valid('param');
      const { user, meeting } = await reviewerIn(catalog, c.get('user'), meetingId);
      mayDo(meeting, user, 'decide-suggestion');
      if (!meeting.suggestions.has(suggestionId)) throw suggestionNotFound();
      const { reason } = c.req.valid('json');
      const result = await commands.execute(meetingId, {
        type: 'RejectSuggestion',
        data: { suggestionId, ...(reason === undefined ? {} : { reason }), by: actorOf(user) },
      });
      return c.json(decided(result.meeting, suggestionId), 200);
    });
}

/** Insertion, deletion or replacement, from what is quoted and what is proposed. */
function kindOf(quote: string, replacement: string): 'insertion' | 'deletion' | 'replacement' {
  if (quote === replacement) throw emptySuggestion();
  if (quote === '') return 'insertion';
  return replacement === '' ? 'deletion' : 'replacement';
}

function noteOf(body: NewSuggestion): string | null {
  const note = body.note?.trim() ?? '';
  return note === '' ? null : note;
}

// A decided suggestion's text is settled, so where it was made is where it is.
function decided(meeting: ScheduledMeeting, suggestionId: string) {
  const suggestion = meeting.suggestions.get(suggestionId);
  if (suggestion === undefined) throw suggestionNotFound();
  return presentSuggestion(meeting, suggestion, {
    paragraph: suggestion.paragraph,
    orphaned: false,
  });
}
