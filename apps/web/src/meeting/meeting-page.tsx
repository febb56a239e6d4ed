import { useMemo, useState, type ReactElement } from 'react';

import { NotFoundPage } from '../app/not-found-page.js';
import type { CollabSession, CollabUser } from '../collab/collab-session.js';
import { useCollabSession } from '../collab/use-collab-session.js';
import { useStore } from '../collab/use-store.js';
import { useUnsavedChangesWarning } from '../collab/use-unsaved-changes-warning.js';
import { DraftEditor } from '../editor/draft-editor.js';
import { NameDialog } from '../identity/name-dialog.js';
import { useIdentity } from '../identity/use-identity.js';
import { SidePanel } from '../people/side-panel.js';
import { MeetingMasthead } from './meeting-masthead.js';
import { TopBar } from './top-bar.js';
import { useMeeting } from './use-meeting.js';
import './meeting-page.css';

/** Warns before leaving while the server has not stored everything typed here. */
function UnsavedChangesGuard({ session }: { readonly session: CollabSession }): null {
  useUnsavedChangesWarning(useStore(session.saves).unsaved > 0);
  return null;
}

/**
 * `/meetings/:meetingId`: the meeting's heading, the shared draft and the side panel. The
 * editor opens once the person has given a name; until then the sheet waits behind the dialog.
 */
export function MeetingPage({ meetingId }: { readonly meetingId: string }): ReactElement {
  const meeting = useMeeting(meetingId);
  const [identity, chooseName] = useIdentity();
  const [renaming, setRenaming] = useState(false);
  const found = meeting.kind === 'found' ? meeting.meeting : undefined;
  // Roles arrive with accounts; until then everyone edits.
  const user = useMemo<CollabUser | undefined>(
    () => (identity === undefined ? undefined : { ...identity, role: 'editor' }),
    [identity],
  );
  const session = useCollabSession(meetingId, found === undefined ? undefined : user);

  if (meeting.kind === 'missing') {
    return <NotFoundPage title="This meeting does not exist" detail={meeting.detail} />;
  }
  if (meeting.kind === 'failed') {
    return <NotFoundPage title="The meeting could not be opened" detail={meeting.detail} />;
  }

  const masthead = <MeetingMasthead meeting={found} />;
  return (
    <div className="app-shell">
      <TopBar meeting={found} />
      <div className="workspace">
        <main className="workspace__document">
          {session !== undefined && user !== undefined ? (
            <DraftEditor session={session} user={user} masthead={masthead} />
          ) : (
            <div className="draft-editor is-waiting" aria-hidden={identity === undefined}>
              <div className="draft-editor__toolbar draft-editor__toolbar--placeholder" />
              <article className="sheet">
                {masthead}
                <div className="sheet__placeholder" />
              </article>
            </div>
          )}
        </main>
        {session !== undefined && (
          <SidePanel
            session={session}
            onRename={() => {
              setRenaming(true);
            }}
          />
        )}
      </div>
      {session !== undefined && <UnsavedChangesGuard session={session} />}
      {identity === undefined && (
        <NameDialog
          context={found === undefined ? undefined : `${found.symbol} · ${found.title}`}
          onSubmit={chooseName}
        />
      )}
      {renaming && identity !== undefined && (
        <NameDialog
          context={undefined}
          initialName={identity.name}
          onSubmit={(name) => {
            chooseName(name);
            setRenaming(false);
          }}
          onCancel={() => {
            setRenaming(false);
          }}
        />
      )}
    </div>
  );
}
