import { useMemo, type ReactElement } from 'react';

import { AccountContext, type Account } from '../identity/account-context.js';
import { SetupPage } from '../identity/setup-page.js';
import { SignInPage } from '../identity/sign-in-page.js';
import { useAccountState } from '../identity/use-account-state.js';
import { InvitationPage } from '../invitation/invitation-page.js';
import { MeetingPage } from '../meeting/meeting-page.js';
import { MeetingsPage } from '../meetings/meetings-page.js';
import { AccountPage } from '../accounts/account-page.js';
import { PeoplePage } from '../accounts/people-page.js';
import { SetPasswordPage } from '../accounts/set-password-page.js';
import { usePathname } from './navigation.js';
import { NotFoundPage } from './not-found-page.js';
import { routeOf } from './route.js';

/** The pages of a signed-in person, picked from the address. */
function SignedInApp(): ReactElement {
  const route = routeOf(usePathname());
  switch (route.kind) {
    case 'meetings':
      return <MeetingsPage />;
    case 'meeting':
      // Keyed: another meeting is a fresh page, with its own document and connection.
      return <MeetingPage key={route.meetingId} meetingId={route.meetingId} />;
    case 'people':
      // The server refuses the list to anyone else; the page is not offered to them either.
      return <PeoplePage />;
    case 'account':
      return <AccountPage />;
    case 'invitation':
    case 'not-found':
      return <NotFoundPage />;
  }
}

/**
 * The gate (after an invitation's page, which is open to all): a fresh installation asks only for its first administrator; otherwise nobody sees
 * anything before signing in. Signing in keeps the address, so a shared link to a meeting opens
 * that meeting once the person is in.
 */
export function App(): ReactElement {
  // An invitation's page needs no account: its link is how one is made (decision 40).
  return routeOf(usePathname()).kind === 'invitation' ? <InvitationPage /> : <GatedApp />;
}

function GatedApp(): ReactElement {
  const [state, actions] = useAccountState();
  const user = state.kind === 'signed-in' ? state.user : undefined;
  const { signOut, sessionEnded } = actions;
  // A one-time link's page works signed in or not: it is the way in for someone new.
  const onSetPasswordPage = usePathname() === '/set-password';
  const account = useMemo<Account | undefined>(
    () => (user === undefined ? undefined : { user, signOut, sessionEnded }),
    [user, signOut, sessionEnded],
  );

  if (onSetPasswordPage) return <SetPasswordPage />;
  switch (state.kind) {
    case 'loading':
      return <main className="app-loading" aria-busy="true" aria-label="Loading Rapporteur" />;
    case 'setup':
      return <SetupPage onCreated={actions.signedIn} />;
    case 'signed-out':
      return <SignInPage notice={state.notice} onSignedIn={actions.signedIn} />;
    case 'unreachable':
      return (
        <NotFoundPage
          title="Rapporteur cannot reach its server"
          detail={state.detail}
          action={
            <button type="button" className="button button--primary" onClick={actions.retry}>
              Try again
            </button>
          }
        />
      );
    case 'signed-in':
      return (
        <AccountContext.Provider value={account}>
          <SignedInApp />
        </AccountContext.Provider>
      );
  }
}
