import type { MeetingState } from '../meeting/meeting.state.js';
import type { Version } from './version.js';

/** A version of the meeting, or undefined when there is none with that id. */
export function versionOf(state: MeetingState, versionId: string): Version | undefined {
  return state.kind === 'scheduled' ? state.versions.get(versionId) : undefined;
}

/** Whether the draft is frozen: it takes no edit from anyone until the chair reopens it. */
export function isFrozen(state: MeetingState): boolean {
  return state.kind === 'scheduled' && state.frozen !== undefined;
}
