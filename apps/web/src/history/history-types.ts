import type {
  AuthoredBlock as AuthoredBlockShape,
  AuthoredRun as AuthoredRunShape,
  DailyActivity as DailyActivityShape,
  EditEntry as EditEntryShape,
  HistoryItem as HistoryItemShape,
  HistoryPerson as HistoryPersonShape,
  Immutable,
  MeetingItem as MeetingItemShape,
  DraftAtRead,
  DraftAuthorsRead,
  DraftDiffRead,
  SessionEntry as SessionEntryShape,
  SessionPageRead,
  VersionName,
} from '@rapporteur/api-contract';

// The draft's past as this app reads the history endpoints: the shapes are declared once, in
// @rapporteur/api-contract; these are the names the history panels know them by.

// Read-only all the way down, as every answer this app reads.
export type AuthoredBlock = Immutable<AuthoredBlockShape>;
export type AuthoredRun = Immutable<AuthoredRunShape>;
export type DailyActivity = Immutable<DailyActivityShape>;
export type EditEntry = Immutable<EditEntryShape>;
/** A session of edits by one person (`?group=sessions`), its edits inside. */
export type SessionEntry = Immutable<SessionEntryShape>;
/** An item of the timeline: a session, one edit entry (inside a session) or a meeting step. */
export type HistoryItem = Immutable<HistoryItemShape> | SessionEntry;
export type HistoryPerson = Immutable<HistoryPersonShape>;
export type MeetingItem = Immutable<MeetingItemShape>;

/**
 * A page of the timeline in sessions, newest first, without the kinds of items this app does
 * not know; `original` is the imported first text, when the draft began as an import.
 */
export type HistoryPage = SessionPageRead;
/** The draft as it was at one revision, rendered by the server with its paragraph numbers. */
export type DraftAt = DraftAtRead;
/** Two points of the draft compared: the revisions they name, what changed, and the diff as HTML. */
export type DraftDiff = DraftDiffRead;
/** Who wrote each run of the draft's text. */
export type DraftAuthors = DraftAuthorsRead;
/** A named revision of the draft. */
export type Version = VersionName;
