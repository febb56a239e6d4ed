import { readerOf, SetupStateSchema, UserReader, type UserRead } from '@rapporteur/api-contract';

import { request, type ApiResult } from '../api/http.js';

/**
 * The signed-in account, as `GET /api/session` gives it (the API contract's shape): with
 * `admin`, the platform's administrator, and `mayCreateMeetings`, whether this installation lets
 * them create meetings (MEETING_CREATORS on the server; a server that does not say means
 * administrators alone).
 */
export type User = UserRead;

export const parseUser = readerOf(UserReader);

const readSetup = readerOf(SetupStateSchema);
const parseSetup = (body: unknown): boolean | undefined => readSetup(body)?.needsSetup;

/** Whether the first administrator is still to be created (a fresh installation). */
export function fetchNeedsSetup(signal?: AbortSignal): Promise<ApiResult<boolean>> {
  return request('/api/setup', { parse: parseSetup, ...(signal ? { signal } : {}) });
}

/** Who is signed in; a 401 `unauthenticated` problem when nobody is. */
export function fetchSession(signal?: AbortSignal): Promise<ApiResult<User>> {
  return request('/api/session', { parse: parseUser, ...(signal ? { signal } : {}) });
}

export function signIn(credentials: {
  readonly email: string;
  readonly password: string;
}): Promise<ApiResult<User>> {
  return request('/api/session', { method: 'POST', body: credentials, parse: parseUser });
}

export function signOut(): Promise<ApiResult<true>> {
  return request('/api/session', { method: 'DELETE', parse: () => true });
}

/** First run: creates the first administrator, who is signed in at once. */
export function createFirstAdministrator(details: {
  /** The one-time code the server printed on its console when it started. */
  readonly setupCode: string;
  readonly email: string;
  readonly name: string;
  readonly password: string;
}): Promise<ApiResult<User>> {
  return request('/api/setup', { method: 'POST', body: details, parse: parseUser });
}
