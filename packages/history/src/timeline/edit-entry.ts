import type { DraftOrigin } from '@rapporteur/draft-log';
/** One entry of a draft's timeline: a burst of edits by one person. */
export interface EditEntry {
  readonly kind: 'edit';
  readonly actor: string;
  readonly name: string;
  readonly role: string;
  readonly startedAt: string;
  readonly endedAt: string;
  readonly fromRevision: number;
  readonly toRevision: number;
  /** How many stored updates the entry groups. */
  readonly updates: number;
  readonly inserted: number;
  readonly deleted: number;
  /**
   * The numbered paragraphs the entry touched, as numbered when it ended ('8.4.3.'), in
   * document order; text above the first numbered paragraph is not listed. Blocks the entry
   * itself removed are not listed either (their text counts in `deleted`).
   */
  readonly sections: readonly string[];
  /** The start of the text it inserted, in the order stored (at most `EXCERPT_LENGTH`). */
  readonly written: string;
  /** The start of the text it deleted (at most `EXCERPT_LENGTH`). */
  readonly removed: string;
}

/** How much of an entry's inserted and deleted text it keeps: enough for a snippet. */
export const EXCERPT_LENGTH = 200;

/** `kept` with `more` after it, cut at `EXCERPT_LENGTH`. */
export function excerpt(kept: string, more: string): string {
  return kept.length >= EXCERPT_LENGTH ? kept : (kept + more).slice(0, EXCERPT_LENGTH);
}

/** Consecutive edits by one person with pauses shorter than this form one entry. */
export const ENTRY_PAUSE_MS = 2 * 60 * 1000;

/** Edits per person per day (UTC), for the activity chart. */
export interface DailyActivity {
  readonly day: string;
  readonly actor: string;
  readonly updates: number;
  readonly inserted: number;
  readonly deleted: number;
}

/** What the draft's first stored update wrote, and who stored it when. */
export interface OpeningUpdate {
  readonly revision: number;
  readonly actor: string;
  readonly name: string;
  readonly at: string;
  readonly inserted: number;
  /** Where it came from: an import, an editor, or `unknown` when stored before that was kept. */
  readonly origin: DraftOrigin;
}
