import type { ApiResult } from '../api/http.js';
import type { User } from './account-api.js';

/** Where the person stands with the server, which decides the page the app shows. */
export type AccountState =
  | { readonly kind: 'loading' }
  /** A fresh installation: only "Create the first administrator" is shown. */
  | { readonly kind: 'setup' }
  /** `notice` says why when the session ended by itself. */
  | { readonly kind: 'signed-out'; readonly notice?: string }
  | { readonly kind: 'signed-in'; readonly user: User }
  | { readonly kind: 'unreachable'; readonly detail: string };

/** The server's rule for passwords; it checks too, this only lets the form say so early. */
export const MIN_PASSWORD_LENGTH = 10;

/** The longest inputs the server takes (its request schemas). */
export const MAX_EMAIL_LENGTH = 254;
export const MAX_NAME_LENGTH = 120;

/** What the first two questions at start-up (is this a fresh installation? who am I?) mean. */
export function accountStateOf(setup: ApiResult<boolean>, session: ApiResult<User>): AccountState {
  if (setup.ok && setup.value) return { kind: 'setup' };
  if (session.ok) return { kind: 'signed-in', user: session.value };
  if (session.problem.status === 401) return { kind: 'signed-out' };
  return { kind: 'unreachable', detail: session.problem.detail };
}

/** Trims and collapses spaces, as a name should be kept. */
export function tidyName(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}

/** A plausible address: something@something.something, no spaces. The server has the last word. */
export function looksLikeEmail(raw: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(raw.trim());
}

export interface SetupForm {
  /** The one-time code the server printed on its console (decision 26). */
  readonly setupCode: string;
  readonly email: string;
  readonly name: string;
  readonly password: string;
}

/** What is wrong with each field of the first administrator's form; empty when it can be sent. */
export function setupProblems(form: SetupForm): Partial<Record<keyof SetupForm, string>> {
  const problems: Partial<Record<keyof SetupForm, string>> = {};
  if (form.setupCode.trim() === '')
    problems.setupCode = 'Enter the setup code the server printed on its console when it started.';
  if (!looksLikeEmail(form.email))
    problems.email = 'Enter an email address, such as name@example.org.';
  if (tidyName(form.name) === '') problems.name = 'Enter the name the summary will print.';
  if (form.password.length < MIN_PASSWORD_LENGTH) {
    problems.password = `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  }
  return problems;
}
