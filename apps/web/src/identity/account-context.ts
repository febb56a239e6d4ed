import { createContext, useContext } from 'react';

import type { User } from './account-api.js';
import type { AccountActions } from './use-account-state.js';

/** The signed-in person, for every page below the sign-in gate. */
export interface Account {
  readonly user: User;
  readonly signOut: AccountActions['signOut'];
  readonly sessionEnded: AccountActions['sessionEnded'];
}

export const AccountContext = createContext<Account | undefined>(undefined);

/** The signed-in account; only pages shown after signing in call it. */
export function useAccount(): Account {
  const account = useContext(AccountContext);
  if (account === undefined) throw new Error('useAccount() is called outside the signed-in app.');
  return account;
}
