import { RapporteurError } from '@rapporteur/errors';

// The refusals of signing in, of credentials and of the first run, each with the code clients
// and tests rely on. The one `onError` turns their kinds into statuses.

/** The email or the password is wrong; which of the two is not told. */
export class InvalidCredentialsError extends RapporteurError {
  override readonly name = 'InvalidCredentialsError';
  readonly code = 'invalid_credentials';
  readonly kind = 'unauthenticated';
  override readonly title = 'Not signed in';

  constructor() {
    super('The email or the password is wrong.');
  }
}

/** Too many sign-in attempts from one address; the route sets Retry-After before throwing. */
export class TooManyAttemptsError extends RapporteurError {
  override readonly name = 'TooManyAttemptsError';
  readonly code = 'too_many_attempts';
  readonly kind = 'too_many';
  override readonly title = 'Too many attempts';

  constructor(readonly retryAfterSeconds: number) {
    super(
      `Too many sign-in attempts from this address; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
    );
  }
}

/** The API token presented has expired: its owner signs in and makes a new one. */
export class TokenExpiredError extends RapporteurError {
  override readonly name = 'TokenExpiredError';
  readonly code = 'token_expired';
  readonly kind = 'unauthenticated';
  override readonly title = 'Token expired';

  constructor(readonly expiresAt: string) {
    super(`This API token expired on ${expiresAt.slice(0, 10)}; sign in and create a new token.`);
  }
}

/** A cookie-authenticated write that came from another site (CSRF). */
export class CrossOriginError extends RapporteurError {
  override readonly name = 'CrossOriginError';
  readonly code = 'cross_origin';
  readonly kind = 'forbidden';
  override readonly title = 'Cross-site request refused';

  constructor() {
    super('This request came from another site; open Rapporteur itself and try again.');
  }
}

/** Tokens are made by a person signed in with a password, never by another token. */
export class SessionRequiredError extends RapporteurError {
  override readonly name = 'SessionRequiredError';
  readonly code = 'session_required';
  readonly kind = 'forbidden';
  override readonly title = 'Sign in to create tokens';

  constructor() {
    super(
      'A token cannot create tokens: sign in with your password (or use "npm run rapporteur -- tokens create") to create one.',
    );
  }
}

/** The first run is over: an administrator exists already. */
export class AlreadySetUpError extends RapporteurError {
  override readonly name = 'AlreadySetUpError';
  readonly code = 'already_set_up';
  readonly kind = 'conflict';
  override readonly title = 'Already set up';

  constructor() {
    super('Rapporteur already has an administrator; sign in instead.');
  }
}

/** The first run's setup code is not the one the console printed (decision 26). */
export class InvalidSetupCodeError extends RapporteurError {
  override readonly name = 'InvalidSetupCodeError';
  readonly code = 'invalid_setup_code';
  readonly kind = 'forbidden';
  override readonly title = 'Wrong setup code';

  constructor() {
    super(
      'This is not the setup code: use the one the server printed on its console (or its container log) when it started.',
    );
  }
}
