import { mayAct, type Role } from '@rapporteur/domain';

import { formatMoment, type Clock } from '../history/history-format.js';
import type { FrozenDraft, Meeting } from './meeting-api.js';
import { participantNames, type NameOf } from './participant-names.js';

/** A frozen draft, over the editor: the sentence that says so, and the chair's way to reopen. */
export interface FrozenBanner {
  readonly notice: string;
  readonly onReopen?: (() => void) | undefined;
}

/** "12 Mar at 10:42", "25 Sep 2019 at 09:00": when something happened, inside a sentence. */
export function momentInSentence(iso: string, clock: Clock): string {
  const moment = formatMoment(iso, clock);
  const space = moment.lastIndexOf(' ');
  return space < 0 ? moment : `${moment.slice(0, space)} at ${moment.slice(space + 1)}`;
}

/**
 * The banner over a frozen draft: who froze it, at which version, when, and how it opens again.
 * "Frozen by Demo Chair at version “Final” on 12 Mar at 10:42. The chair can reopen it."
 */
export function frozenNotice(
  frozen: FrozenDraft,
  context: { readonly nameOf: NameOf; readonly clock: Clock; readonly mayReopen: boolean },
): string {
  const when = momentInSentence(frozen.at, context.clock);
  const how = context.mayReopen
    ? 'You can reopen it from the Versions tab.'
    : 'The chair can reopen it.';
  return `Frozen by ${context.nameOf(frozen.by)} at version “${frozen.versionName}” on ${when}. ${how}`;
}

/** The banner over the meeting's draft while it is frozen; undefined while it is open. */
export function frozenBanner(
  meeting: Meeting | undefined,
  viewer: { readonly role: Role | null; readonly onReopen: () => void },
): FrozenBanner | undefined {
  if (meeting?.frozen === undefined || meeting.frozen === null) return undefined;
  const mayReopen = mayAct({ role: viewer.role ?? undefined, frozen: true }, 'reopen').allowed;
  const nameOf = participantNames(meeting.participants);
  return {
    notice: frozenNotice(meeting.frozen, { nameOf, clock: { now: new Date() }, mayReopen }),
    onReopen: mayReopen ? viewer.onReopen : undefined,
  };
}
