import { AccountInputError } from './account-input-error.js';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './passwords.js';

/** Refuses a password too short to resist guessing, or too long to hash cheaply. */
export function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AccountInputError(
      'weak_password',
      `A password needs at least ${MIN_PASSWORD_LENGTH} characters; a phrase of several words is easiest.`,
    );
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new AccountInputError(
      'weak_password',
      `A password may have at most ${MAX_PASSWORD_LENGTH} characters.`,
    );
  }
}
