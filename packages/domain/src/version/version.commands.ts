import type { Command } from '../command.js';
import type { NamedRevision } from './version.events.js';

/**
 * What a person may say when taking a step: why they submit, endorse, approve or freeze. Optional;
 * a blank one is none. The trail of the version and the history show it.
 */
type StepComment = { readonly comment?: string | null };

/**
 * Gives a name to one revision of the draft stream, with its fingerprints at that revision; the
 * decider adds the document revision current then.
 */
export type NameVersion = Command<'NameVersion', Omit<NamedRevision, 'documentRevision'>>;

/**
 * Puts a named version before the chair for approval, with the draft head the server read when
 * submitting: the version under review is the draft as submitted.
 */
export type SubmitVersion = Command<
  'SubmitVersion',
  {
    readonly versionId: string;
    readonly draftRevision: number;
    readonly contentHash: string;
    readonly chainHash: string;
  } & StepComment
>;

/** A vice-chair (or the chair) supports a submitted version. */
export type EndorseVersion = Command<
  'EndorseVersion',
  { readonly versionId: string } & StepComment
>;

/** Sends a submitted version back; a new version is named to continue. */
export type RequestChanges = Command<
  'RequestChanges',
  { readonly versionId: string; readonly comment: string }
>;

/**
 * The chair approves a submitted version, with the draft head the server read when approving:
 * what was approved is the draft as it stands then, fingerprints included.
 */
export type ApproveVersion = Command<
  'ApproveVersion',
  {
    readonly versionId: string;
    readonly draftRevision: number;
    readonly contentHash: string;
    readonly chainHash: string;
  } & StepComment
>;

/** The chair freezes the draft at an approved version. */
export type FreezeDraft = Command<
  'FreezeDraft',
  {
    readonly versionId: string;
    /** The draft stream's current revision, as the server read it before deciding. */
    readonly draftHead: number;
  } & StepComment
>;

/** The chair reopens a frozen draft, which starts the next document revision (Rev.1, Rev.2). */
export type ReopenDraft = Command<'ReopenDraft', { readonly reason?: string }>;

/** Every command of the version workflow. */
export type VersionCommand =
  | NameVersion
  | SubmitVersion
  | EndorseVersion
  | RequestChanges
  | ApproveVersion
  | FreezeDraft
  | ReopenDraft;
