import { can, type Role } from '@rapporteur/domain';
import { useEffect, useMemo, useRef, type ReactElement } from 'react';

import { leaveGuards } from '../app/leave-guards.js';
import { Link, navigate } from '../app/navigation.js';
import { NotFoundPage } from '../app/not-found-page.js';
import { TopBar } from '../app/top-bar.js';
import { CLOSE_NOT_A_PARTICIPANT, CLOSE_SIGNED_OUT } from '../collab/close-codes.js';
import type { CollabSession, CollabUser } from '../collab/collab-session.js';
import type { ConnectionState } from '../collab/connection-tracker.js';
import { createStore } from '../collab/store.js';
import { useCollabSession } from '../collab/use-collab-session.js';
import { useStore } from '../collab/use-store.js';
import { useUnsavedChangesWarning } from '../collab/use-unsaved-changes-warning.js';
import { DraftEditor } from '../editor/draft-editor.js';
import { EditorBanner } from '../editor/editor-banner.js';
import { useAccount } from '../identity/account-context.js';
import { colorFor } from '../identity/identity.js';
import { ParticipantsPanel } from '../participants/participants-panel.js';
import { mayManageParticipants } from '../participants/roster.js';
import { readOnlyNotice } from '../people/roles.js';
import { DraftStatusCards, SidePanel } from '../people/side-panel.js';
import { MeetingMasthead } from './meeting-masthead.js';
import { useMeeting } from './use-meeting.js';
import './meeting-page.css';

/**
 * Warns before the tab closes, and asks before another page of the app opens or the person signs
 * out, while the server has not stored everything typed here.
 */
function UnsavedChangesGuard({ session }: { readonly session: CollabSession }): null {
  const unsaved = useStore(session.saves).unsaved;
  useUnsavedChangesWarning(unsaved > 0);
  const latest = useRef(unsaved);
  latest.current = unsaved;
  useEffect(
    () =>
      leaveGuards.add(() =>
        latest.current > 0
          ? `${latest.current === 1 ? '1 change to the draft is' : `${latest.current.toLocaleString('en-GB')} changes to the draft are`} not saved yet and would be lost. Leave anyway?`
          : undefined,
      ),
    [],
  );
  return null;
}

/**
 * Roles change while a page is open (the chair makes a delegate a vice-chair): the meeting is
 * read again whenever the person comes back to the tab, and when the server refuses an edit.
 */
function useFreshRole(reload: () => void, session: CollabSession | undefined): void {
  useEffect(() => {
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [reload]);
  useEffect(() => {
    if (session === undefined) return undefined;
    let refused = session.saves.getSnapshot().refused;
    return session.saves.subscribe(() => {
      const next = session.saves.getSnapshot().refused;
      if (next !== undefined && next !== refused) reload();
      refused = next;
    });
  }, [reload, session]);
}

const NOT_CONNECTED = createStore<ConnectionState>({ kind: 'connecting' });

/** The code the server closed the draft's socket with for good, if it did. */
function useClosedCode(session: CollabSession | undefined): number | undefined {
  const connection = useStore(session?.connection ?? NOT_CONNECTED);
  return connection.kind === 'closed' ? connection.code : undefined;
}

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
function OpenDraft({
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

/** The sheet with its heading, waiting for the draft (or without one, for a non-participant). */
function WaitingSheet({
  masthead,
  children,
}: {
  readonly masthead: ReactElement;
  readonly children?: ReactElement;
}): ReactElement {
  return (
    <div className={`draft-editor${children === undefined ? ' is-waiting' : ''}`}>
      <div className="draft-editor__toolbar draft-editor__toolbar--placeholder" />
      <article className="sheet">
        {masthead}
        {children ?? <div className="sheet__placeholder" />}
      </article>
    </div>
  );
}

/**
 * `/meetings/:meetingId`: the meeting's heading, the shared draft and the side panel. Your role
 * in the meeting decides what you may do: edit or only read, and manage the participants or not.
 */
export function MeetingPage({ meetingId }: { readonly meetingId: string }): ReactElement {
  const { user } = useAccount();
  const [state, reload] = useMeeting(meetingId);
  const meeting = state.kind === 'found' ? state.meeting : undefined;
  const role = meeting?.role ?? null;
  const collabUser = useMemo<CollabUser | undefined>(
    () => (role === null ? undefined : { name: user.name, color: colorFor(user.id), role }),
    [user.name, user.id, role],
  );
  const session = useCollabSession(meetingId, collabUser);
  useFreshRole(reload, session);
  // Removed while the page is open: the draft stays on screen, but the role is gone.
  const removed = useClosedCode(session) === CLOSE_NOT_A_PARTICIPANT;
  const roleNow = removed ? null : role;

  if (state.kind === 'failed') {
    return state.problem.status === 404 ? (
      <NotFoundPage title="This meeting is not open to you" detail={state.problem.detail} />
    ) : (
      <NotFoundPage title="The meeting could not be opened" detail={state.problem.detail} />
    );
  }

  const masthead = <MeetingMasthead meeting={meeting} />;
  const manages = meeting !== undefined && mayManageParticipants(roleNow, user.admin);
  let sheet: ReactElement;
  if (session !== undefined && collabUser !== undefined && meeting !== undefined) {
    sheet = <OpenDraft session={session} user={collabUser} masthead={masthead} />;
  } else if (meeting !== undefined && role === null) {
    sheet = (
      <WaitingSheet masthead={masthead}>
        <div className="sheet__message" data-testid="not-a-participant">
          <h2 className="sheet__message-title">You do not take part in this meeting</h2>
          <p className="sheet__message-detail">
            {manages
              ? 'As the administrator you can set up who takes part, in the panel beside this page. To read or write the draft, invite yourself.'
              : 'Ask its chair or its secretariat to invite you.'}
          </p>
        </div>
      </WaitingSheet>
    );
  } else {
    sheet = <WaitingSheet masthead={masthead} />;
  }

  return (
    <div className="app-shell">
      <TopBar
        trail={
          meeting === undefined
            ? undefined
            : { symbol: meeting.symbol, title: meeting.title, role: roleNow }
        }
      />
      <div className="workspace">
        <main className="workspace__document">{sheet}</main>
        <SidePanel>
          {session !== undefined && collabUser !== undefined && (
            <DraftStatusCards session={session} canEdit={can(collabUser.role, 'edit')} />
          )}
          {manages && (
            <ParticipantsPanel
              meetingId={meetingId}
              participants={meeting.participants}
              you={user.id}
              onChanged={reload}
              onLeft={() => {
                navigate('/', { replace: true });
              }}
            />
          )}
        </SidePanel>
      </div>
      {session !== undefined && <UnsavedChangesGuard session={session} />}
    </div>
  );
}
