import type { User } from '../accounts/accounts.js';

/**
 * What a request or a socket was authenticated with: revoking the token, signing the session
 * out, or either reaching its expiry (an ISO instant) ends what it opened (a socket, an event
 * stream).
 */
export type Credential = (
  | { readonly kind: 'token'; readonly tokenId: string; readonly expiresAt: string }
  | { readonly kind: 'session'; readonly sessionId: string; readonly expiresAt: string }
) & {
  /** Whose it is: disabling the account, or signing its other sessions out, ends it too. */
  readonly userId: string;
};

/** What authentication leaves on the request for the routes. */
export interface AuthVariables {
  user: User | undefined;
  /** How the person proved who they are: a browser session, or an API token. */
  authMethod: 'session' | 'token' | undefined;
  /** The credential itself, when there is a user. */
  credential: Credential | undefined;
}

export interface AuthEnv {
  Variables: AuthVariables;
}

export const SESSION_COOKIE = 'rapporteur_session';
