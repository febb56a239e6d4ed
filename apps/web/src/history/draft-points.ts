import { formatMoment, type Clock } from './history-format.js';
import type { HistoryPage, SessionEntry, Version } from './history-types.js';
import type { DraftPoint } from './history-view.js';

/** A point the compare form offers: the point, and its line in the list. */
export interface PointChoice {
  readonly point: DraftPoint;
  readonly option: string;
}

export interface PointChoices {
  /** The draft's first text when it began as an import: "the imported original". */
  readonly original: PointChoice | undefined;
  /** Newest first, like the timeline. */
  readonly versions: readonly PointChoice[];
  /** The draft as each loaded session left it, newest first. */
  readonly sessions: readonly PointChoice[];
}

/** The words the page uses for the imported first text. */
export const IMPORTED_ORIGINAL = 'the imported original';

/** What can be compared: the imported original, the named versions, the end of every session. */
export function pointChoices(parts: {
  readonly sessions: readonly SessionEntry[];
  readonly versions: readonly Version[];
  readonly original: HistoryPage['original'];
  readonly clock: Clock;
}): PointChoices {
  const original = parts.original;
  return {
    original:
      original === null
        ? undefined
        : {
            point: { value: String(original.revision), label: IMPORTED_ORIGINAL },
            option: `The imported original · ${formatMoment(original.at, parts.clock)}`,
          },
    versions: [...parts.versions].reverse().map((version) => ({
      point: { value: version.versionId, label: `version “${version.name}”` },
      option: `${version.name} · revision ${version.draftRevision}`,
    })),
    sessions: parts.sessions.map((session) => {
      const who = session.authors.map((author) => author.name).join(', ');
      return {
        point: {
          value: String(session.toRevision),
          label: `the draft after ${who}’s session (revision ${session.toRevision})`,
        },
        option: `${formatMoment(session.endedAt, parts.clock)} · ${who} · Rev. ${session.toRevision}`,
      };
    }),
  };
}

/**
 * Where a comparison starts unless chosen: the latest named version (so "now" shows the
 * drafting since), else the imported original, else the oldest loaded session.
 */
export function defaultFrom(choices: PointChoices): DraftPoint | undefined {
  return (
    choices.versions[0]?.point ??
    choices.original?.point ??
    choices.sessions[choices.sessions.length - 1]?.point
  );
}

/** Every point the choices name, "now" first. */
export function allPoints(choices: PointChoices, live: DraftPoint): DraftPoint[] {
  const original = choices.original === undefined ? [] : [choices.original.point];
  return [live, ...original, ...[...choices.versions, ...choices.sessions].map((c) => c.point)];
}
