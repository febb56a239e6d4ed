// The front door of @rapporteur/history: the draft's past, read from the log.
export type { AuthoredBlock, AuthoredText } from './authored-json.js';
export { authorsAt, authorsFromTimeline, writtenBy } from './authorship.js';
export { compareFromTimeline, compareRevisions } from './compare.js';
export { contentHash, fingerprintAt } from './content-hash.js';
export {
  HistoryError,
  InvalidRangeError,
  RevisionNotFoundError,
  type HistoryErrorCode,
} from './errors.js';
export {
  draftAt,
  draftHtml,
  readDraftAt,
  readDraftFromTimeline,
  readableJson,
  tiptapJson,
  withDraftAt,
} from './time-travel.js';
export type { DraftState } from './time-travel.js';
export { DraftTimeline } from './timeline/draft-timeline.js';
export { DraftTimelines } from './timeline/draft-timelines.js';
export {
  ENTRY_PAUSE_MS,
  type DailyActivity,
  type EditEntry,
  type OpeningUpdate,
} from './timeline/edit-entry.js';
export { groupSessions, SESSION_PAUSE_MS, type EditSession } from './timeline/sessions.js';
