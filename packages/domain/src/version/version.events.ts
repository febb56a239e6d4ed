import type { Event } from '../event.js';

// Plain JSON like every meeting event: no optional field (an absent reason is null), no Map.
// A step's `comment` is what the person said taking it, or null; steps stored before comments
// were recorded lack it, and read as null.

/**
 * What naming a version fixes for good: one revision of the draft stream, its fingerprints there,
 * and the document revision current then. The event records it; `Version` carries it on.
 */
export type NamedRevision = {
  readonly versionId: string;
  /** 'Draft summary for the vice-chairs'. */
  readonly name: string;
  /** The revision of the `draft-<id>` stream that the version is: 0 is its first event. */
  readonly draftRevision: number;
  /** SHA-256 of the document's content at that revision, lowercase hex. */
  readonly contentHash: string;
  /** The draft stream's chain hash at that revision: exports print it, `verify` checks it. */
  readonly chainHash: string;
  /** 0 for the original, 1 for Rev.1: the document revision the version belongs to. */
  readonly documentRevision: number;
};

/** A revision of the draft got a name, in the document revision that was current then. */
export type VersionNamed = Event<'VersionNamed', NamedRevision>;

/**
 * A version was put forward for approval, as the draft stood then (`draftRevision`,
 * `contentHash`). Null in events stored before the review loop (issue #14), which lack them.
 */
export type VersionSubmitted = Event<
  'VersionSubmitted',
  {
    readonly versionId: string;
    readonly draftRevision: number | null;
    readonly contentHash: string | null;
    readonly chainHash: string | null;
    readonly comment: string | null;
  }
>;

/** `by` endorsed a submitted version. */
export type VersionEndorsed = Event<
  'VersionEndorsed',
  { readonly versionId: string; readonly comment: string | null }
>;

/** A submitted version was sent back with a comment; it can no longer be approved. */
export type ChangesRequested = Event<
  'ChangesRequested',
  { readonly versionId: string; readonly comment: string }
>;

/**
 * The chair approved a version, as the draft stood then: its revision and fingerprints. Null in
 * events stored before the review loop (issue #14), which lack them.
 */
export type VersionApproved = Event<
  'VersionApproved',
  {
    readonly versionId: string;
    readonly draftRevision: number | null;
    readonly contentHash: string | null;
    readonly chainHash: string | null;
    readonly comment: string | null;
  }
>;

/**
 * The draft was frozen at an approved version. The meeting stream's record of the seal that
 * the server appends to the draft stream in the same transaction.
 */
export type DraftFrozen = Event<
  'DraftFrozen',
  {
    readonly versionId: string;
    readonly draftRevision: number;
    readonly chainHash: string;
    readonly documentRevision: number;
    readonly comment: string | null;
  }
>;

/** The chair reopened the draft: editing goes on as the next document revision. */
export type DraftReopened = Event<
  'DraftReopened',
  {
    /** The document revision that starts: 1 for Rev.1. */
    readonly documentRevision: number;
    readonly reason: string | null;
  }
>;

/** Every event of the version workflow, on the meeting stream. */
export type VersionEvent =
  | VersionNamed
  | VersionSubmitted
  | VersionEndorsed
  | ChangesRequested
  | VersionApproved
  | DraftFrozen
  | DraftReopened;
