import type { User } from '../accounts/accounts.js';

/** What authentication leaves on the request for the routes. */
export interface AuthVariables {
  user: User | undefined;
  /** How the person proved who they are: a browser session, or an API token. */
  authMethod: 'session' | 'token' | undefined;
}

export interface AuthEnv {
  Variables: AuthVariables;
}

export const SESSION_COOKIE = 'rapporteur_session';
