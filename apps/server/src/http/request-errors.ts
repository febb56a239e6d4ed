import { Refusal, type RefusalType } from '@rapporteur/errors';

// A request whose path, query, body or headers cannot be used as they are: 400s, each with the
// code that names what to fix.
const REQUEST_REFUSALS = {
  invalidRequest: ['invalid_request', 'invalid', 'Invalid request'],
  invalidCursor: ['invalid_cursor', 'invalid', 'Invalid cursor'],
  invalidLastEventId: ['invalid_last_event_id', 'invalid', 'Invalid Last-Event-ID'],
} as const satisfies Record<string, RefusalType>;

/** What zod refused in the path, the query or the JSON body, every bad field named. */
export const invalidRequest = (problems: readonly string[]): Refusal =>
  new Refusal(
    REQUEST_REFUSALS.invalidRequest,
    `The request cannot be used: ${problems.join('; ')}.`,
  );

/** A history cursor this server did not give. */
export const invalidCursor = (): Refusal =>
  new Refusal(
    REQUEST_REFUSALS.invalidCursor,
    'The cursor is not one this server gave; start again from the first page.',
  );

/** A Last-Event-ID (or `?after=`) that is not the id of an event the stream sent. */
export const invalidLastEventId = (): Refusal =>
  new Refusal(
    REQUEST_REFUSALS.invalidLastEventId,
    'Last-Event-ID must be the id of an event this stream sent (a revision number).',
  );
