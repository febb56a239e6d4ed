import type { ScheduledMeeting } from '../meeting/meeting.state.js';
import type { VersionEvent } from './version.events.js';
import type { Version } from './version.js';

/**
 * Folds one version-workflow event into the meeting. Events are facts: one about a version it
 * does not know changes nothing.
 */
export function evolveVersions(meeting: ScheduledMeeting, event: VersionEvent): ScheduledMeeting {
  const { at, by } = event.data;
  // Steps stored before comments were recorded have none.
  const comment = 'comment' in event.data ? (event.data.comment ?? null) : null;
  switch (event.type) {
    case 'VersionNamed': {
      const { versionId, name, draftRevision, contentHash, chainHash, documentRevision } =
        event.data;
      const version: Version = {
        versionId,
        name,
        draftRevision,
        contentHash,
        chainHash,
        documentRevision,
        status: 'named',
        named: { at, by },
        submitted: undefined,
        endorsements: [],
        changesRequested: undefined,
        approved: undefined,
        frozen: undefined,
      };
      return withVersion(meeting, version);
    }
    case 'VersionSubmitted':
      return changed(meeting, event.data.versionId, (version) => ({
        status: 'submitted',
        submitted: { at, by, comment },
        ...following(version, event.data),
        chainHash: event.data.chainHash ?? version.chainHash,
      }));
    case 'VersionEndorsed':
      return changed(meeting, event.data.versionId, (version) => ({
        status: 'endorsed',
        endorsements: [...version.endorsements, { at, by, comment }],
      }));
    case 'ChangesRequested':
      return changed(meeting, event.data.versionId, () => ({
        status: 'changes-requested',
        changesRequested: { at, by, comment: event.data.comment },
      }));
    case 'VersionApproved':
      return changed(meeting, event.data.versionId, (version) => ({
        status: 'approved',
        approved: { at, by, comment },
        ...following(version, event.data),
        chainHash: event.data.chainHash ?? version.chainHash,
      }));
    case 'DraftFrozen': {
      const { versionId } = event.data;
      if (!meeting.versions.has(versionId)) return meeting;
      const frozen = changed(meeting, versionId, () => ({
        status: 'frozen',
        frozen: { at, by, comment },
      }));
      return { ...frozen, frozen: { versionId, at, by } };
    }
    case 'DraftReopened': {
      const { documentRevision, reason, at, by } = event.data;
      // Reopenings stored before the reason was recorded have none.
      const reopened = { reason: reason ?? null, at, by };
      return { ...meeting, frozen: undefined, documentRevision, reopened };
    }
  }
}

// The version follows the draft head an event read; events stored before issue #14 have no
// head (undefined, or null), and leave the version where it was named.
function following(
  version: Version,
  head: { readonly draftRevision: number | null; readonly contentHash: string | null },
): Pick<Version, 'draftRevision' | 'contentHash'> {
  return {
    draftRevision: head.draftRevision ?? version.draftRevision,
    contentHash: head.contentHash ?? version.contentHash,
  };
}

function changed(
  meeting: ScheduledMeeting,
  versionId: string,
  change: (version: Version) => Partial<Version>,
): ScheduledMeeting {
  const version = meeting.versions.get(versionId);
  if (version === undefined) return meeting;
  return withVersion(meeting, { ...version, ...change(version) });
}

function withVersion(meeting: ScheduledMeeting, version: Version): ScheduledMeeting {
  return { ...meeting, versions: new Map(meeting.versions).set(version.versionId, version) };
}
