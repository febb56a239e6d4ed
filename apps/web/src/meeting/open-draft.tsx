import { CLOSE_CODES } from '@rapporteur/collab/protocol';
import type { Role } from '@rapporteur/domain';
import type { ReactElement } from 'react';

import { Link } from '../app/navigation.js';
import type { CollabSession, CollabUser } from '../collab/collab-session.js';
import type { ConnectionState } from '../collab/connection-tracker.js';
import { useStore } from '../collab/use-store.js';
import { DraftEditor } from '../editor/draft-editor.js';
import type { RegisteredSymbol } from '../editor/symbol-decorations.js';
import { EditorBanner } from '../editor/editor-banner.js';
import { EmptyDraftOffer } from '../import/empty-draft-offer.js';
import { useDraftEmpty } from '../import/use-draft-empty.js';
import { useAccount } from '../identity/account-context.js';
import { readOnlyNotice } from '../people/roles.js';
import { mayEditDirectly, maySuggest } from '../review/review-permissions.js';
import { useDraftReview } from '../review/use-draft-review.js';
import type { ReviewState } from '../review/use-review.js';
import type { FrozenBanner } from './frozen-notice.js';

/** Why this person cannot edit now, in the toolbar's place; undefined when they can. */
function bannerFor(
  state: {
    readonly role: Role;
    readonly connection: ConnectionState;
    readonly frozen: FrozenBanner | undefined;
  },
  sessionEnded: () => void,
): ReactElement | undefined {
  const { role, connection, frozen } = state;
  if (connection.kind === 'closed') {
    if (connection.code === CLOSE_CODES.unauthenticated.code) {
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
          connection.code === CLOSE_CODES.forbidden.code ? (
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
  // Before the role: a frozen draft is closed to everyone, and that is the news worth telling.
  if (frozen !== undefined) {
    return (
      <EditorBanner
        icon="locked"
        testId="frozen-banner"
        action={
          frozen.onReopen === undefined ? undefined : (
            <button
              type="button"
              className="button button--quiet button--small"
              data-testid="frozen-banner-reopen"
              onClick={frozen.onReopen}
            >
              Open Versions
            </button>
          )
        }
      >
        {frozen.notice}
      </EditorBanner>
    );
  }
  // A delegate may not edit, but suggests and comments in the draft itself.
  if (!mayEditDirectly(role) && !maySuggest(role)) {
    return (
      <EditorBanner icon="reading" testId="read-only-banner">
        {readOnlyNotice(role)}
      </EditorBanner>
    );
  }
  return undefined;
}

/**
 * The draft, once this person's role in the meeting is known. It turns read-only in place, the
 * moment the page hears that the draft was frozen, and editable again when it is reopened.
 */
export function OpenDraft({
  session,
  user,
  masthead,
  frozen,
  review,
  documents,
}: {
  readonly session: CollabSession;
  readonly user: CollabUser;
  readonly masthead: ReactElement;
  /** The meeting's register of contributions, which the draft's symbols are checked against. */
  readonly documents: readonly RegisteredSymbol[];
  readonly frozen?: FrozenBanner | undefined;
  /** The meeting's comments and suggestions, and the version under review (null: none). */
  readonly review: {
    readonly meetingId: string;
    readonly state: ReviewState;
    readonly underReview: string | null;
    readonly you: string;
  };
}): ReactElement {
  const { sessionEnded } = useAccount();
  const connection = useStore(session.connection);
  const banner = bannerFor({ role: user.role, connection, frozen }, sessionEnded);
  const draftReview = useDraftReview({
    meetingId: review.meetingId,
    session,
    review: review.state,
    viewer: { role: user.role, you: review.you, colour: user.color },
    underReview: review.underReview,
    closed: banner !== undefined,
  });
  const empty = useDraftEmpty(session);
  // Offered where a person looks first on an empty draft: under the masthead, above line one.
  const offerImport =
    empty && banner === undefined && review.underReview === null && mayEditDirectly(user.role);
  return (
    <DraftEditor
      session={session}
      user={user}
      masthead={
        offerImport ? (
          <>
            {masthead}
            <EmptyDraftOffer meetingId={review.meetingId} />
          </>
        ) : (
          masthead
        )
      }
      editable={banner === undefined}
      banner={banner}
      review={draftReview}
      documents={documents}
    />
  );
}
