import type { MeetingEvent } from '../src/index.js';
import {
  approvedVersion,
  draftFrozen,
  holding,
  team,
  versionNamed,
  versionSubmitted,
  type VersionDetails,
} from './version-fixtures.js';

/** The meeting's events with one version at each step of its workflow. */
export interface VersionStages {
  /** `team`, and the secretariat named the version. */
  readonly named: readonly MeetingEvent[];
  /** ...and the secretariat submitted it. */
  readonly submitted: readonly MeetingEvent[];
  /** `team`, and the version went from named to approved by the usual people. */
  readonly approved: readonly MeetingEvent[];
  /** ...and the chair froze the draft at it. */
  readonly frozen: readonly MeetingEvent[];
}

/** The given of each step `version` reaches. Example: `given(stagesOf(versionAt(41)).submitted)`. */
export function stagesOf(version: VersionDetails): VersionStages {
  const named = [...team, versionNamed(version, holding.secretariat)];
  const approved = [...team, ...approvedVersion(version)];
  return {
    named,
    submitted: [...named, versionSubmitted(version.versionId, holding.secretariat)],
    approved,
    frozen: [...approved, draftFrozen(version)],
  };
}
