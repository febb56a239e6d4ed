import { RapporteurError, type ErrorKind } from '@rapporteur/errors';
import { kindOfStatus, type KindStatus } from '../problem.js';

/**
 * A refusal written in HTTP's terms, for the HTTP layer only (`http/`): its status stands for
 * a kind of the error family, so the one `onError` answers it like any other family error.
 * Routes and services throw an error class of their own concept instead.
 */
export class ProblemError extends RapporteurError {
  override readonly name = 'ProblemError';
  readonly code: string;
  readonly kind: ErrorKind;
  override readonly title: string;

  constructor(
    readonly status: KindStatus,
    problem: { readonly code: string; readonly title: string; readonly detail: string },
  ) {
    super(problem.detail);
    this.code = problem.code;
    this.kind = kindOfStatus(status);
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
