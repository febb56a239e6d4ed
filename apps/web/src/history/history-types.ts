import type { DocumentDiff } from '@rapporteur/diff';

/**
 * The draft's past as the server's history endpoints describe it. Roles are strings here: the
 * import that made the demo draft is the role `system`, which no participant holds.
 */

/** Someone a history answer names: a participant, or someone who wrote and has since left. */
export interface HistoryPerson {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly participant: boolean;
}

/** A burst of edits by one person: one entry of the timeline. */
export interface EditEntry {
  readonly kind: 'edit';
  readonly actor: string;
  readonly name: string;
  readonly role: string;
  readonly startedAt: string;
  readonly endedAt: string;
  readonly fromRevision: number;
  readonly toRevision: number;
  /** How many stored updates the entry groups: what the activity chart counts as edits. */
  readonly updates: number;
  readonly inserted: number;
  readonly deleted: number;
  /** The numbered paragraphs it touched, as numbered when it ended ('8.4.3.'). */
  readonly sections: readonly string[];
}

/** A step of the meeting itself, between the edits: "invited X as a vice-chair". */
export interface MeetingItem {
  readonly kind: 'meeting';
  readonly type: string;
  readonly at: string;
  readonly revision: number;
  readonly actor: string;
  /** What the actor did, as the words after their name. */
  readonly summary: string;
}

export type HistoryItem = EditEntry | MeetingItem;

/** Edits per person per day (the day in UTC, 'YYYY-MM-DD'). */
export interface DailyActivity {
  readonly day: string;
  readonly actor: string;
  readonly updates: number;
  readonly inserted: number;
  readonly deleted: number;
}

/** A page of the timeline, newest first, with what the panel draws beside it. */
export interface HistoryPage {
  readonly items: readonly HistoryItem[];
  readonly nextCursor: string | null;
  /** The draft's head revision when the page was read. */
  readonly revision: number;
  readonly activity: readonly DailyActivity[];
  readonly people: readonly HistoryPerson[];
}

/** The draft as it was at one revision, rendered by the server with its paragraph numbers. */
export interface DraftAt {
  readonly revision: number;
  readonly head: number;
  readonly html: string;
}

/** Two points of the draft compared: the revisions they name, what changed, and the diff as HTML. */
export interface DraftDiff {
  readonly from: number;
  readonly to: number;
  readonly diff: Pick<DocumentDiff, 'sections' | 'stats'>;
  readonly html: string;
  readonly people: readonly HistoryPerson[];
}

/** A run of text and who wrote it (null: nobody known, like imported text). */
export interface AuthoredRun {
  readonly text: string;
  readonly author: string | null;
}

/** One block of the draft with its text cut into runs by author. */
export interface AuthoredBlock {
  readonly type: string;
  /** The numbered paragraph it is in ('8.4.3.'): its own number if it is one. */
  readonly section: string | null;
  readonly level?: number;
  readonly runs: readonly AuthoredRun[];
}

export interface DraftAuthors {
  readonly revision: number;
  readonly blocks: readonly AuthoredBlock[];
  readonly people: readonly HistoryPerson[];
}

/** A named revision of the draft. */
export interface Version {
  readonly versionId: string;
  readonly name: string;
  readonly draftRevision: number;
  readonly status: string;
}
