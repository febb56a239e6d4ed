import { formatMoment, type Clock } from './history-format.js';
import type { EditEntry, Version } from './history-types.js';
import type { DraftPoint } from './history-view.js';

/** A point the compare form offers: the point, and its line in the list. */
export interface PointChoice {
  readonly point: DraftPoint;
  readonly option: string;
}

export interface PointChoices {
  /** Newest first, like the timeline. */
  readonly versions: readonly PointChoice[];
  /** The draft as each loaded edit left it, newest first. */
  readonly edits: readonly PointChoice[];
}

/** What can be compared: the named versions and the end of every loaded edit. */
export function pointChoices(parts: {
  readonly entries: readonly EditEntry[];
  readonly versions: readonly Version[];
  readonly clock: Clock;
}): PointChoices {
  return {
    versions: [...parts.versions].reverse().map((version) => ({
      point: { value: version.versionId, label: `version “${version.name}”` },
      option: `${version.name} · revision ${version.draftRevision}`,
    })),
    edits: parts.entries.map((entry) => ({
      point: { value: String(entry.toRevision), label: `revision ${entry.toRevision}` },
      option: `Rev. ${entry.toRevision} · ${formatMoment(entry.endedAt, parts.clock)} · ${entry.name}`,
    })),
  };
}

/**
 * Where a comparison starts unless chosen: the latest named version, else the oldest loaded
 * edit (the import, for a draft that began as one), so that "now" shows the drafting since.
 */
export function defaultFrom(choices: PointChoices): DraftPoint | undefined {
  return choices.versions[0]?.point ?? choices.edits[choices.edits.length - 1]?.point;
}
