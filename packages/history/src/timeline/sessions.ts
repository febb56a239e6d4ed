import type { EditEntry } from './edit-entry.js';

/**
 * A session ends after this long without an edit by its author. Five minutes: long enough that
 * someone who stops to read a paragraph or check a contribution symbol is still in the same
 * session, short enough that coming back after a break (or the next agenda item) starts a new
 * one. Decision 41.
 */
export const SESSION_PAUSE_MS = 5 * 60 * 1000;

/** A session: consecutive edits by one person, as the timeline reads them. */
export interface EditSession {
  readonly kind: 'session';
  readonly actor: string;
  readonly name: string;
  readonly role: string;
  readonly startedAt: string;
  readonly endedAt: string;
  /** The first revision of the session. */
  readonly fromRevision: number;
  /** Its last revision: the draft as the session left it (others' edits in between included). */
  readonly toRevision: number;
  readonly updates: number;
  readonly inserted: number;
  readonly deleted: number;
  /** The numbered paragraphs it touched, each once, in the order first touched. */
  readonly sections: readonly string[];
  /** A short excerpt of what it wrote (or, when it only deleted, of what it removed). */
  readonly snippet: string;
  /** Its edit entries (bursts without a pause of two minutes), oldest first. */
  readonly edits: readonly EditEntry[];
}

const SNIPPET_LENGTH = 120;

/**
 * Groups edit entries (oldest first) into sessions, oldest first by start. An entry joins its
 * author's open session unless that session paused for `pauseMs` or more before it; a session
 * also ends when someone else edits one of the sections it touched, so that what two people
 * wrote in one paragraph never reads as one person's work. Edits by others elsewhere in the
 * document do not end it: three people drafting their own sections at once give three sessions.
 */
export function groupSessions(
  entries: readonly EditEntry[],
  pauseMs: number = SESSION_PAUSE_MS,
): EditSession[] {
  const closed: EditEntry[][] = [];
  const open = new Map<string, EditEntry[]>();
  const close = (actor: string): void => {
    const session = open.get(actor);
    if (session !== undefined) closed.push(session);
    open.delete(actor);
  };
  for (const entry of entries) {
    const start = Date.parse(entry.startedAt);
    for (const [actor, session] of open) {
      const last = session[session.length - 1];
      if (last === undefined) continue;
      const paused = start - Date.parse(last.endedAt) >= pauseMs;
      const overlaps = actor !== entry.actor && session.some((edit) => sharesSection(edit, entry));
      if (paused || overlaps) close(actor);
    }
    const session = open.get(entry.actor) ?? [];
    session.push(entry);
    open.set(entry.actor, session);
  }
  closed.push(...open.values());
  return closed.map(toSession).sort((a, b) => a.fromRevision - b.fromRevision);
}

function sharesSection(a: EditEntry, b: EditEntry): boolean {
  return a.sections.some((section) => b.sections.includes(section));
}

function toSession(edits: readonly EditEntry[]): EditSession {
  const first = edits[0];
  const last = edits[edits.length - 1];
  if (first === undefined || last === undefined) throw new Error('A session has an edit.');
  const sum = (key: 'updates' | 'inserted' | 'deleted') =>
    edits.reduce((total, edit) => total + edit[key], 0);
  return {
    kind: 'session',
    actor: first.actor,
    name: last.name,
    role: last.role,
    startedAt: first.startedAt,
    endedAt: last.endedAt,
    fromRevision: first.fromRevision,
    toRevision: last.toRevision,
    updates: sum('updates'),
    inserted: sum('inserted'),
    deleted: sum('deleted'),
    sections: [...new Set(edits.flatMap((edit) => edit.sections))],
    snippet: snippetOf(edits),
    edits,
  };
}

/** What the edits wrote, joined and cut short; what they removed when they wrote nothing. */
function snippetOf(edits: readonly EditEntry[]): string {
  const written = brief(edits.map((edit) => edit.written).join(''));
  if (written !== '') return written;
  const removed = brief(edits.map((edit) => edit.removed).join(''));
  return removed === '' ? '' : `removed “${removed}”`;
}

function brief(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= SNIPPET_LENGTH ? clean : `${clean.slice(0, SNIPPET_LENGTH - 1)}…`;
}
