import { isRecord, request, type ApiResult } from '../api/http.js';

/** The signed-in account, as `GET /api/session` gives it. */
export interface User {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  /** The platform's administrator: sets meetings up and fixes their rosters. */
  readonly admin: boolean;
  /** Whether this installation lets them create meetings (MEETING_CREATORS on the server). */
  readonly mayCreateMeetings: boolean;
}

export function parseUser(body: unknown): User | undefined {
  if (!isRecord(body)) return undefined;
  const { id, email, name, admin, mayCreateMeetings } = body;
  if (typeof id !== 'string' || typeof email !== 'string' || typeof name !== 'string') {
    return undefined;
  }
  return {
    id,
    email,
    name,
    admin: admin === true,
    // A server that does not say: administrators alone, its default.
    mayCreateMeetings: typeof mayCreateMeetings === 'boolean' ? mayCreateMeetings : admin === true,
  };
}

function parseSetup(body: unknown): boolean | undefined {
  return isRecord(body) && typeof body['needsSetup'] === 'boolean' ? body['needsSetup'] : undefined;
}

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
