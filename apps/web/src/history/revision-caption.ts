import { formatMoment, formatRange, type Clock } from './history-format.js';
import type { EditEntry } from './history-types.js';

/**
 * What the time-travel banner says about a revision: "Revision 41 of 120", then when and by
 * whom, as far as the loaded timeline knows: "28 Nov 14:03, as Demo Secretariat left it".
 */
export function revisionCaption(
  revision: number,
  context: {
    readonly head: number | undefined;
    readonly entry: EditEntry | undefined;
    readonly clock: Clock;
  },
): { readonly title: string; readonly detail: string | undefined } {
  const { head, entry, clock } = context;
  const title = head === undefined ? `Revision ${revision}` : `Revision ${revision} of ${head}`;
  if (entry === undefined) return { title, detail: undefined };
  if (revision === entry.toRevision)
    return { title, detail: `${formatMoment(entry.endedAt, clock)}, as ${entry.name} left it` };
  const range = formatRange({ start: entry.startedAt, end: entry.endedAt }, clock);
  return { title, detail: `during the edits of ${entry.name}, ${range}` };
}
