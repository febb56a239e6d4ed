import { Refusal, type RefusalType } from '@rapporteur/errors';

// The refusals of signing in, of credentials and of the first run, each with the code clients
// and tests rely on. The one `onError` turns their kinds into statuses.
const AUTH_REFUSALS = {
  invalidCredentials: ['invalid_credentials', 'unauthenticated', 'Not signed in'],
  tooManyAttempts: ['too_many_attempts', 'too_many', 'Too many attempts'],
  tokenExpired: ['token_expired', 'unauthenticated', 'Token expired'],
  crossOrigin: ['cross_origin', 'forbidden', 'Cross-site request refused'],
  sessionRequired: ['session_required', 'forbidden', 'Sign in to create tokens'],
  alreadySetUp: ['already_set_up', 'conflict', 'Already set up'],
  invalidSetupCode: ['invalid_setup_code', 'forbidden', 'Wrong setup code'],
} as const satisfies Record<string, RefusalType>;

/** The email or the password is wrong; which of the two is not told. */
export const invalidCredentials = (): Refusal =>
  new Refusal(AUTH_REFUSALS.invalidCredentials, 'The email or the password is wrong.');

/** Too many sign-in attempts from one address; the route sets Retry-After before throwing. */
export const tooManyAttempts = (retryAfterSeconds: number): Refusal =>
  new Refusal(
    AUTH_REFUSALS.tooManyAttempts,
    `Too many sign-in attempts from this address; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
  );

/** The API token presented has expired: its owner signs in and makes a new one. */
export const tokenExpired = (expiresAt: string): Refusal =>
  new Refusal(
    AUTH_REFUSALS.tokenExpired,
    `This API token expired on ${expiresAt.slice(0, 10)}; sign in and create a new token.`,
  );

/** A cookie-authenticated write that came from another site (CSRF). */
export const crossOrigin = (): Refusal =>
  new Refusal(
    AUTH_REFUSALS.crossOrigin,
    'This request came from another site; open Rapporteur itself and try again.',
  );

/** Tokens are made by a person signed in with a password, never by another token. */
export const sessionRequired = (): Refusal =>
  new Refusal(
    AUTH_REFUSALS.sessionRequired,
    'A token cannot create tokens: sign in with your password (or use "npm run rapporteur -- tokens create") to create one.',
  );

/** The first run is over: an administrator exists already. */
export const alreadySetUp = (): Refusal =>
  new Refusal(
    AUTH_REFUSALS.alreadySetUp,
    'Rapporteur already has an administrator; sign in instead.',
  );

/** The first run's setup code is not the one the console printed (decision 26). */
export const invalidSetupCode = (): Refusal =>
  new Refusal(
    AUTH_REFUSALS.invalidSetupCode,
    'This is not the setup code: use the one the server printed on its console (or its container log) when it started.',
  );
