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
