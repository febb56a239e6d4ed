/**
 * The one way the app talks JSON to the server. Every answer becomes an `ApiResult`: the value,
 * or the problem (RFC 9457) with the sentence the server wrote for people in `detail`. Nothing
 * here throws, except when the caller aborts.
 */
export type ApiResult<T> =
  | {
      readonly ok: true;
      readonly value: T;
      /** The answer's `ETag`, when it has one (a meeting's revision): send it back as If-Match. */
      readonly etag?: string;
    }
  | { readonly ok: false; readonly problem: Problem };

/** A refusal or a failure, as a page shows it. */
export interface Problem {
  /** The HTTP status; 0 when the server could not be reached at all. */
  readonly status: number;
  /** The server's stable code (`invalid_credentials`, `forbidden`, ...), or one of ours. */
  readonly code: string;
  /** A sentence a person can act on. */
  readonly detail: string;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const UNREACHABLE: Problem = {
  status: 0,
  code: 'unreachable',
  detail: 'The server cannot be reached. Check your connection and try again.',
};

/** The problem an error answer carries; a body that is not problem JSON still gets a sentence. */
export function problemOf(status: number, body: unknown): Problem {
  const fields = isRecord(body) ? body : {};
  const code = typeof fields['code'] === 'string' ? fields['code'] : `http_${status}`;
  const detail =
    typeof fields['detail'] === 'string' && fields['detail'].trim() !== ''
      ? fields['detail']
      : typeof fields['title'] === 'string' && fields['title'].trim() !== ''
        ? `${fields['title']}.`
        : `The server answered ${status}; try again in a moment.`;
  return { status, code, detail };
}

// Told when any request finds the session gone, so that the app can ask the person to sign in.
const signedOutListeners = new Set<() => void>();

/** Calls `listener` whenever the server says the session is gone (401 `unauthenticated`). */
export function onSessionLost(listener: () => void): () => void {
  signedOutListeners.add(listener);
  return () => {
    signedOutListeners.delete(listener);
  };
}

interface RequestOptions<T> {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly body?: unknown;
  /** A body sent as it is (a file to import), with its own media type, instead of JSON. */
  readonly raw?: { readonly type: string; readonly data: Blob };
  readonly signal?: AbortSignal;
  /**
   * The ETag the change was decided on, sent as `If-Match`: a meeting changed since answers 412
   * `precondition_failed` with a sentence that says to reload, and nothing is stored.
   */
  readonly ifMatch?: string | undefined;
  /** Reads the answer's body (undefined for 204); `undefined` back means it could not be read. */
  readonly parse: (body: unknown) => T | undefined;
}

/** Calls `/api/...` with JSON in and out. */
export async function request<T>(path: string, options: RequestOptions<T>): Promise<ApiResult<T>> {
  const { method = 'GET', body, raw, signal, ifMatch, parse } = options;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (raw !== undefined) headers['content-type'] = raw.type;
  if (ifMatch !== undefined) headers['if-match'] = ifMatch;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(signal === undefined ? {} : { signal }),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(raw === undefined ? {} : { body: raw.data }),
    });
  } catch (error) {
    if (signal?.aborted === true) throw error;
    return { ok: false, problem: UNREACHABLE };
  }
  const payload: unknown =
    response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (!response.ok) {
    const problem = problemOf(response.status, payload);
    if (problem.status === 401 && problem.code === 'unauthenticated') {
      for (const listener of [...signedOutListeners]) listener();
    }
    return { ok: false, problem };
  }
  const value = parse(payload);
  const etag = response.headers.get('etag');
  return value === undefined
    ? {
        ok: false,
        problem: {
          status: response.status,
          code: 'unreadable',
          detail: 'The server sent an answer this page cannot read. Reload the page.',
        },
      }
    : { ok: true, value, ...(etag === null ? {} : { etag }) };
}
