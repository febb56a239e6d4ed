import { useCallback, useEffect, useState } from 'react';

import { onSessionLost } from '../api/http.js';
import { mayLeavePage } from '../app/leave-guards.js';
import { accountStateOf, type AccountState } from './account.js';
import { fetchNeedsSetup, fetchSession, signOut, type User } from './account-api.js';

export interface AccountActions {
  /** After signing in or creating the first administrator. */
  readonly signedIn: (user: User) => void;
  /** Signs out, unless the person would rather keep unsaved edits. */
  readonly signOut: () => void;
  /** The session is gone (a request or the draft's socket said so): ask to sign in again. */
  readonly sessionEnded: () => void;
  /** Asks the server again, after it could not be reached. */
  readonly retry: () => void;
}

const ENDED = 'Your session has ended. Sign in again to carry on.';

/** Where the person stands: the two questions asked at start-up, and what changes it later. */
export function useAccountState(): readonly [AccountState, AccountActions] {
  const [state, setState] = useState<AccountState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    Promise.all([fetchNeedsSetup(controller.signal), fetchSession(controller.signal)]).then(
      ([setup, session]) => {
        setState(accountStateOf(setup, session));
      },
      () => {
        // Aborted: the app is going away.
      },
    );
    return () => {
      controller.abort();
    };
  }, [attempt]);

  const sessionEnded = useCallback(() => {
    setState((current) =>
      current.kind === 'signed-in' ? { kind: 'signed-out', notice: ENDED } : current,
    );
  }, []);

  useEffect(() => onSessionLost(sessionEnded), [sessionEnded]);

  const actions: AccountActions = {
    signedIn: useCallback((user: User) => {
      setState({ kind: 'signed-in', user });
    }, []),
    signOut: useCallback(() => {
      if (!mayLeavePage()) return;
      void signOut().then((result) => {
        // The next person to sign in here starts from their own list, not this page.
        if (result.ok) window.history.replaceState(null, '', '/');
        setState(
          result.ok
            ? { kind: 'signed-out' }
            : {
                kind: 'signed-out',
                notice: `${result.problem.detail} This browser may still be signed in: sign out again once the server answers.`,
              },
        );
      });
    }, []),
    sessionEnded,
    retry: useCallback(() => {
      setState({ kind: 'loading' });
      setAttempt((next) => next + 1);
    }, []),
  };
  return [state, actions] as const;
}
