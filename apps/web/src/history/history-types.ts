import type {
  DraftAtRead,
  DraftAuthorsRead,
  DraftDiffRead,
  HistoryPageRead,
  VersionName,
} from '@rapporteur/api-contract';

// The draft's past as this app reads the history endpoints: the shapes are declared once, in
// @rapporteur/api-contract; these are the names the history panels know them by.

export type {
  AuthoredBlock,
  AuthoredRun,
  DailyActivity,
  EditEntry,
  HistoryItem,
  HistoryPerson,
  MeetingItem,
} from '@rapporteur/api-contract';

/** A page of the timeline, newest first, without the kinds of items this app does not know. */
export type HistoryPage = HistoryPageRead;
/** The draft as it was at one revision, rendered by the server with its paragraph numbers. */
export type DraftAt = DraftAtRead;
/** Two points of the draft compared: the revisions they name, what changed, and the diff as HTML. */
export type DraftDiff = DraftDiffRead;
/** Who wrote each run of the draft's text. */
export type DraftAuthors = DraftAuthorsRead;
/** A named revision of the draft. */
export type Version = VersionName;
