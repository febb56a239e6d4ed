import { draftStream } from '@rapporteur/draft-log';
import type { ScheduledMeeting } from '@rapporteur/domain';
import type { EventStore, VerifyResult } from '@rapporteur/event-store';
import { fingerprintAt } from '@rapporteur/history';
import { meetingStream } from '../meetings/meeting-events.js';
import { checkAnchor, currentAnchor, type AnchorCheck, type LogAnchor } from './log-anchor.js';

/** One version checked against the log: both hashes recomputed from the stored events. */
export interface VersionCheck {
  readonly versionId: string;
  readonly name: string;
  readonly draftRevision: number;
  readonly ok: boolean;
  /** What does not match, in a sentence; absent when ok. */
  readonly problem?: string;
}

export interface MeetingVerification {
  readonly ok: boolean;
  readonly streams: readonly VerifyResult[];
  readonly versions: readonly VersionCheck[];
  /** The log's head now: write it down to check later that nothing was cut off (decision 28). */
  readonly head: LogAnchor;
  /** The check of a head written down earlier, when one was given. */
  readonly anchor?: AnchorCheck;
}

/**
 * Recomputes the meeting's two hash chains from the stored bytes, then each version's chain hash
 * (the fingerprint) and content hash from the draft as the log gives it at that revision. A
 * version is only checked once the draft's chain holds: its hashes rest on it.
 */
export async function verifyMeeting(
  store: EventStore,
  meeting: ScheduledMeeting,
  options: { readonly expect?: LogAnchor } = {},
): Promise<MeetingVerification> {
  const streams = [
    await store.verify(meetingStream(meeting.meetingId)),
    await verifyDraft(store, draftStream(meeting.meetingId)),
  ];
  const draftBroken = streams[1]?.ok === false;
  const versions: VersionCheck[] = [];
  for (const version of meeting.versions.values()) {
    const { versionId, name, draftRevision } = version;
    const check = { versionId, name, draftRevision };
    if (draftBroken) {
      versions.push({ ...check, ok: false, problem: 'The draft stream is broken before it.' });
      continue;
    }
    const found = await fingerprintAt(store, {
      draftId: meeting.meetingId,
      revision: draftRevision,
    }).catch(() => undefined);
    const problem =
      found === undefined
        ? `The draft has no revision ${draftRevision}.`
        : found.chainHash !== version.chainHash
          ? `Its fingerprint ${version.chainHash} is not the chain hash at revision ${draftRevision} (${found.chainHash}).`
          : found.contentHash !== version.contentHash
            ? `Its content hash does not match the draft at revision ${draftRevision}.`
            : undefined;
    versions.push(
      problem === undefined ? { ...check, ok: true } : { ...check, ok: false, problem },
    );
  }
  const anchor =
    options.expect === undefined
      ? undefined
      : await checkAnchor(store, meeting.meetingId, options.expect);
  return {
    ok:
      streams.every((result) => result.ok) &&
      versions.every((check) => check.ok) &&
      anchor?.ok !== false,
    streams,
    versions,
    head: await currentAnchor(store, meeting.meetingId),
    ...(anchor === undefined ? {} : { anchor }),
  };
}

// The hash a chain starts from (the event store's genesis): what an empty chain's head is.
const EMPTY_CHAIN_HASH = '0'.repeat(64);

/**
 * The draft stream's chain. A draft nobody has typed in has no events yet, which is a valid
 * draft (its stream is created by the first stored update), not a broken chain.
 */
async function verifyDraft(store: EventStore, stream: string): Promise<VerifyResult> {
  if ((await store.head(stream)) === undefined)
    return { ok: true, stream, revision: -1, hash: EMPTY_CHAIN_HASH };
  return store.verify(stream);
}
