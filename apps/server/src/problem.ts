import {
  ConcurrencyError,
  DuplicateEventError,
  StreamSealedError,
  ValidationError,
  type EventStoreError,
} from '@rapporteur/event-store';
import { isDomainError, type DomainErrorCode } from '@rapporteur/domain';
import { HistoryError, type HistoryErrorCode } from '@rapporteur/history';
import type { ErrorHandler, NotFoundHandler } from 'hono';
import { AccountInputError } from './accounts/accounts.js';
import { ProblemError } from './http/problem-error.js';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './app-env.js';

/** An RFC 9457 problem: a stable `code` for programs and a `detail` a person can act on. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: string;
}

const STATUS_OF_STORE_ERRORS: [
  new (...args: never[]) => EventStoreError,
  ContentfulStatusCode,
  string,
][] = [
  [ValidationError, 400, 'Invalid input'],
  [ConcurrencyError, 409, 'Conflict with a newer revision'],
  [DuplicateEventError, 409, 'Event id already used'],
  [StreamSealedError, 423, 'Frozen'],
];

const STATUS_OF_DOMAIN_ERRORS: Record<DomainErrorCode, [ContentfulStatusCode, string]> = {
  validation_failed: [400, 'Invalid input'],
  not_found: [404, 'Not found'],
  forbidden: [403, 'Not allowed'],
  illegal_state: [409, 'Not possible now'],
  concurrency_conflict: [409, 'Changed meanwhile'],
};

const STATUS_OF_HISTORY_ERRORS: Record<HistoryErrorCode, [ContentfulStatusCode, string]> = {
  revision_not_found: [404, 'No such revision'],
  invalid_range: [400, 'Invalid range'],
};

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
  for (const [type, status, title] of STATUS_OF_STORE_ERRORS) {
    if (error instanceof type)
      return problem(status, { code: error.code, title, detail: error.message });
  }
  if (error instanceof ProblemError) {
    const answer = problem(error.status, {
      code: error.code,
      title: error.title,
      detail: error.message,
    });
    const retryAfter = c.res.headers.get('retry-after');
    if (retryAfter !== null) answer.headers.set('retry-after', retryAfter);
    return answer;
  }
  if (isDomainError(error)) {
    const [status, title] = STATUS_OF_DOMAIN_ERRORS[error.code];
    return problem(status, { code: error.code, title, detail: error.message });
  }
  if (error instanceof HistoryError) {
    const [status, title] = STATUS_OF_HISTORY_ERRORS[error.code];
    return problem(status, { code: error.code, title, detail: error.message });
  }
  if (error instanceof AccountInputError) {
    return problem(error.code === 'email_taken' ? 409 : 400, {
      code: error.code,
      title: 'Cannot use this account',
      detail: error.message,
    });
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
