import type { AuthVariables } from './auth/auth-context.js';
import type { RequestVariables } from './observability/request-context.js';

/** What every request carries through the app: who asks (auth) and how it is observed. */
export interface AppEnv {
  Variables: AuthVariables & RequestVariables;
}
