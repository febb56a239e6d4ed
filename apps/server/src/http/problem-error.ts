import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * An answer a route gives instead of its result: thrown by handlers, turned into RFC 9457
 * problem JSON by the one `onError`, so handlers hold no try/catch.
 */
export class ProblemError extends Error {
  override readonly name = 'ProblemError';
  readonly code: string;
  readonly title: string;

  constructor(
    readonly status: ContentfulStatusCode,
    problem: { readonly code: string; readonly title: string; readonly detail: string },
  ) {
    super(problem.detail);
    this.code = problem.code;
    this.title = problem.title;
  }
}

export const unauthenticated = (): ProblemError =>
  new ProblemError(401, {
    code: 'unauthenticated',
    title: 'Sign in first',
    detail: 'Sign in, or send an API token as "Authorization: Bearer <token>".',
  });

export const forbidden = (detail: string): ProblemError =>
  new ProblemError(403, { code: 'forbidden', title: 'Not allowed', detail });

export const notFound = (what: string): ProblemError =>
  new ProblemError(404, { code: 'not_found', title: 'Not found', detail: `There is no ${what}.` });
