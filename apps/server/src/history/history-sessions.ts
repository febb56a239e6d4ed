import { groupSessions, type DraftTimeline, type EditSession } from '@rapporteur/history';

/** A session as the API gives it (`SessionEntry` in the contract). */
export interface SessionItem {
  readonly kind: 'session';
  readonly startedAt: string;
  readonly endedAt: string;
  readonly fromRevision: number;
  readonly toRevision: number;
  readonly authors: readonly {
    readonly id: string;
    readonly name: string;
    readonly role: string;
  }[];
  readonly sections: readonly string[];
  readonly snippet: string;
  readonly updates: number;
  readonly inserted: number;
  readonly deleted: number;
  readonly edits: EditSession['edits'];
}

/**
 * For drafts begun before imports were recorded as such (their first update's origin is
 * `unknown`): a first update that wrote at least this many characters is taken for an import,
 * not typing, as nobody types a hundred characters between two stored updates.
 */
const IMPORT_CHARACTERS = 100;

/**
 * The draft's edits grouped into sessions (decision 41), each with its edits newest first.
 * Grouping reads the timeline's entries, which the projection already keeps: no document is
 * rebuilt, and the cost grows with the number of entries, not of stored updates.
 */
export function sessionItems(timeline: DraftTimeline): SessionItem[] {
  return groupSessions(timeline.entries().toReversed()).map((session) => ({
    kind: 'session',
    startedAt: session.startedAt,
    endedAt: session.endedAt,
    fromRevision: session.fromRevision,
    toRevision: session.toRevision,
    authors: [{ id: session.actor, name: session.name, role: session.role }],
    sections: session.sections,
    snippet: session.snippet,
    updates: session.updates,
    inserted: session.inserted,
    deleted: session.deleted,
    edits: session.edits.toReversed(),
  }));
}

/**
 * The revision "the imported original" names: the draft's first update when it was an import,
 * as its origin records; guessed from its size only for drafts begun before origins were kept.
 */
export function importedOriginal(
  timeline: DraftTimeline,
): { revision: number; name: string; at: string } | null {
  const opening = timeline.opening();
  if (opening === undefined) return null;
  const imported =
    opening.origin === 'import' ||
    (opening.origin === 'unknown' && opening.inserted >= IMPORT_CHARACTERS);
  return imported ? { revision: opening.revision, name: opening.name, at: opening.at } : null;
}
