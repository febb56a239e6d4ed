import type { Problem } from '@rapporteur/api-contract';
import { isRapporteurError, type ErrorKind } from '@rapporteur/errors';
import type { ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './app-env.js';

/** The statuses the error family answers with, one for each kind. */
export type KindStatus = 400 | 401 | 403 | 404 | 409 | 412 | 413 | 415 | 422 | 423 | 429;

/**
 * The one table from the error family to HTTP: each kind's status, and the title of an error
 * whose class names none. Every error of `@rapporteur/errors` goes through it.
 */
export const STATUS_OF_KIND: Readonly<Record<ErrorKind, readonly [KindStatus, string]>> = {
  invalid: [400, 'Invalid input'],
  unauthenticated: [401, 'Sign in first'],
  forbidden: [403, 'Not allowed'],
  not_found: [404, 'Not found'],
  conflict: [409, 'Conflict'],
  precondition_failed: [412, 'Changed meanwhile'],
  too_large: [413, 'Too large'],
  unsupported_media_type: [415, 'Unsupported format'],
  unprocessable: [422, 'Cannot process'],
  locked: [423, 'Frozen'],
  too_many: [429, 'Too many requests'],
};

/** The kind a status stands for: the table read backwards, each status being one kind's. */
export function kindOfStatus(status: KindStatus): ErrorKind {
  const kind = (Object.keys(STATUS_OF_KIND) as ErrorKind[]).find(
    (candidate) => STATUS_OF_KIND[candidate][0] === status,
  );
  if (kind === undefined) throw new Error(`No error kind answers ${status}.`);
  return kind;
}

// Marks a problem answer with its code so that request observation can count it without
// reading the body; `takeProblemCode` removes it before the answer leaves.
const PROBLEM_CODE_HEADER = 'x-rapporteur-problem-code';

/** A problem answer; `extensions` are extra members (RFC 9457, section 3.2), such as `checks`. */
export function problem(
  status: ContentfulStatusCode,
  fields: { code: string; title: string; detail: string },
  extensions: Readonly<Record<string, unknown>> = {},
): Response {
  const body: Problem = {
    ...extensions,
    type: `https://rapporteur.dev/problems/${fields.code}`,
    status,
    ...fields,
  };
  return Response.json(body, {
    status,
    headers: { 'content-type': 'application/problem+json', [PROBLEM_CODE_HEADER]: fields.code },
  });
}

/** The code of the problem this answer carries, if it is one; the internal mark is removed. */
export function takeProblemCode(response: Response): string | undefined {
  const code = response.headers.get(PROBLEM_CODE_HEADER);
  if (code === null) return undefined;
  response.headers.delete(PROBLEM_CODE_HEADER);
  return code;
}

/** The one place where thrown errors become HTTP answers; a 500 never shows internals. */
export const onError: ErrorHandler<AppEnv> = (error, c) => {
  if (isRapporteurError(error)) {
    const [status, title] = STATUS_OF_KIND[error.kind];
    const answer = problem(status, {
      code: error.code,
      title: error.title ?? title,
      detail: error.message,
    });
    // A refusal that says when to come back (too many sign-in attempts) set it before throwing.
    const retryAfter = c.res.headers.get('retry-after');
    if (retryAfter !== null) answer.headers.set('retry-after', retryAfter);
    return answer;
  }
  if (error instanceof HTTPException) {
    // Hono's own refusals, such as a body that is not JSON.
    const code = error.status === 400 ? 'invalid_request' : 'http_error';
    return problem(error.status, {
      code,
      title: 'Request refused',
      detail: `${error.message}: send a valid request body.`,
    });
  }
  // The request id and its logger come from `observeRequests`, the app's first middleware.
  const requestId = c.get('requestId');
  c.get('log').error({ err: error, method: c.req.method, path: c.req.path }, 'request failed');
  return problem(500, {
    code: 'internal_error',
    title: 'Internal error',
    detail: `Something went wrong on the server; it has been logged as request ${requestId}.`,
  });
};

export const notFound: NotFoundHandler = (c) =>
  problem(404, {
    code: 'not_found',
    title: 'Not found',
    detail: `There is nothing at ${c.req.method} ${c.req.path}.`,
  });
