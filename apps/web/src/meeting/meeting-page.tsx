import { CLOSE_CODES } from '@rapporteur/collab/protocol';
import { mayAct } from '@rapporteur/domain';
import { useEffect, useMemo, type ReactElement } from 'react';

import { navigate } from '../app/navigation.js';
import { NotFoundPage } from '../app/not-found-page.js';
import { TopBar } from '../app/top-bar.js';
import type { CollabUser } from '../collab/collab-session.js';
import { useCollabSession } from '../collab/use-collab-session.js';
import { useAccount } from '../identity/account-context.js';
import { HistoryPanel } from '../history/history-panel.js';
import { HistoryStage } from '../history/history-stage.js';
import { useHistory } from '../history/use-history.js';
import { colorFor } from '../identity/identity.js';
import { InitialsProvider } from '../identity/initials-context.js';
import { LiveToasts } from '../live/live-toasts.js';
import { useLiveEvents } from '../live/use-live-events.js';
import { ParticipantsPanel } from '../participants/participants-panel.js';
import { RegisterPanel } from '../review/register-panel.js';
import { DocumentsPanel } from '../documents/documents-panel.js';
import { useReview } from '../review/use-review.js';
import { mayManageParticipants } from '../participants/roster.js';
import { DraftStatusCards, SidePanel } from '../people/side-panel.js';
import { useVersions } from '../versions/use-versions.js';
import { VersionsPanel } from '../versions/versions-panel.js';
import { frozenBanner } from './frozen-notice.js';
import { MeetingMasthead } from './meeting-masthead.js';
import { participantNames } from './participant-names.js';
import { OpenDraft } from './open-draft.js';
import { UnsavedChangesGuard } from './unsaved-changes-guard.js';
import { useClosedCode, useFreshRole } from './use-fresh-role.js';
import { useMeeting } from './use-meeting.js';
import { useSideTab } from './use-side-tab.js';
import { NotAParticipantMessage, WaitingSheet } from './waiting-sheet.js';
import './meeting-page.css';

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
  const removed = useClosedCode(session) === CLOSE_CODES.forbidden.code;
  const roleNow = removed ? null : role;
  // One stream of the meeting's events for the whole page, once the meeting is known to be open
  // to this person. Any event may change the roster, a role or the seal: read the meeting again.
  const live = useLiveEvents(
    meeting === undefined ? undefined : meetingId,
    state.kind === 'found' ? state.revision : -1,
  );
  useEffect(() => {
    if (live.meeting >= 0) reload();
  }, [live.meeting, reload]);
  const history = useHistory(meetingId, session?.doc, live);
  const [tab, selectTab] = useSideTab(history);
  const versions = useVersions(meetingId, { shown: tab === 'versions', live });
  const review = useReview(meeting === undefined ? undefined : meetingId, live);

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
    const frozen = frozenBanner(meeting, {
      role: roleNow,
      onReopen: () => {
        selectTab('versions');
      },
    });
    sheet = (
      <OpenDraft
        session={session}
        user={collabUser}
        masthead={masthead}
        frozen={frozen}
        review={{ meetingId, state: review, underReview: meeting.underReview, you: user.id }}
        documents={meeting.documents}
      />
    );
  } else if (meeting !== undefined && role === null) {
    sheet = (
      <WaitingSheet masthead={masthead}>
        <NotAParticipantMessage manages={manages} />
      </WaitingSheet>
    );
  } else {
    sheet = <WaitingSheet masthead={masthead} />;
  }

  const names = [
    user.name,
    ...(meeting?.participants.map((participant) => participant.name) ?? []),
  ];
  return (
    <InitialsProvider names={names}>
      <div className="app-shell">
        <TopBar
          trail={
            meeting === undefined
              ? undefined
              : { label: meeting.documentLabel, title: meeting.title, role: roleNow }
          }
        />
        <div className="workspace">
          <main className="workspace__document">
            <HistoryStage meetingId={meetingId} history={history} masthead={masthead}>
              {sheet}
            </HistoryStage>
          </main>
          <SidePanel
            tabs={
              meeting === undefined
                ? undefined
                : {
                    selected: tab,
                    onSelect: selectTab,
                    history: (
                      <HistoryPanel meetingId={meetingId} role={roleNow} history={history} />
                    ),
                    versions: (
                      <VersionsPanel
                        meeting={meeting}
                        viewer={{ role: roleNow, you: user.id, shown: tab === 'versions' }}
                        versions={versions}
                        live={live}
                        onChanged={reload}
                      />
                    ),
                    register: <RegisterPanel meetingId={meetingId} review={review} />,
                    documents: (
                      <DocumentsPanel meeting={meeting} role={roleNow} onChanged={reload} />
                    ),
                  }
            }
          >
            {session !== undefined && collabUser !== undefined && (
              <DraftStatusCards
                session={session}
                // Who may suggest (a delegate) writes too: their typing is stored as suggestions.
                canEdit={(['edit', 'suggest'] as const).some(
                  (action) =>
                    mayAct({ role: collabUser.role, frozen: meeting?.frozen !== null }, action)
                      .allowed,
                )}
              />
            )}
            {manages && (
              <ParticipantsPanel
                meetingId={meetingId}
                participants={meeting.participants}
                you={user.id}
                yourRole={roleNow}
                admin={user.admin}
                onChanged={reload}
                onLeft={() => {
                  navigate('/', { replace: true });
                }}
              />
            )}
          </SidePanel>
        </div>
        {session !== undefined && <UnsavedChangesGuard session={session} />}
        {meeting !== undefined && (
          <LiveToasts
            latest={live.latest}
            you={user.id}
            nameOf={participantNames(meeting.participants)}
          />
        )}
      </div>
    </InitialsProvider>
  );
}
