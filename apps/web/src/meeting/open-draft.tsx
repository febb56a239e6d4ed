import { can, type Role } from '@rapporteur/domain';
import type { ReactElement } from 'react';

import { Link } from '../app/navigation.js';
import { CLOSE_NOT_A_PARTICIPANT, CLOSE_SIGNED_OUT } from '../collab/close-codes.js';
import type { CollabSession, CollabUser } from '../collab/collab-session.js';
import type { ConnectionState } from '../collab/connection-tracker.js';
import { useStore } from '../collab/use-store.js';
import { DraftEditor } from '../editor/draft-editor.js';
import { EditorBanner } from '../editor/editor-banner.js';
import { useAccount } from '../identity/account-context.js';
import { readOnlyNotice } from '../people/roles.js';

/** Why this person cannot edit now, in the toolbar's place; undefined when they can. */
function bannerFor(
  role: Role,
  connection: ConnectionState,
  sessionEnded: () => void,
): ReactElement | undefined {
  if (connection.kind === 'closed') {
    if (connection.code === CLOSE_SIGNED_OUT) {
      return (
        <EditorBanner
          icon="locked"
          tone="warning"
          testId="session-ended-banner"
          action={
            <button
              type="button"
              className="button button--primary button--small"
              onClick={sessionEnded}
            >
              Sign in again
            </button>
          }
        >
          {connection.reason}
        </EditorBanner>
      );
    }
    return (
      <EditorBanner
        icon="locked"
        tone="warning"
        testId="draft-closed-banner"
        action={
          connection.code === CLOSE_NOT_A_PARTICIPANT ? (
            <Link className="button button--quiet button--small" href="/">
              Your meetings
            </Link>
          ) : undefined
        }
      >
        {connection.reason}
      </EditorBanner>
    );
  }
  if (!can(role, 'edit')) {
    return (
      <EditorBanner icon="reading" testId="read-only-banner">
        {readOnlyNotice(role)}
      </EditorBanner>
    );
  }
  return undefined;
}

/** The draft and the status cards, once this person's role in the meeting is known. */
export function OpenDraft({
  session,
  user,
  masthead,
}: {
  readonly session: CollabSession;
  readonly user: CollabUser;
  readonly masthead: ReactElement;
}): ReactElement {
  const { sessionEnded } = useAccount();
  const connection = useStore(session.connection);
  const banner = bannerFor(user.role, connection, sessionEnded);
  return (
    <DraftEditor
      session={session}
      user={user}
      masthead={masthead}
      editable={banner === undefined}
      banner={banner}
    />
  );
}
