import { randomUUID } from 'node:crypto';
import { documentLabel, type Actor, type ScheduledMeeting } from '@rapporteur/domain';
import type { MeetingCommandHandler } from '../meetings/meeting-command-handler.js';
import type { CitedDocument } from './cited-documents.js';

/**
 * Registers each cited document the meeting's register does not hold yet (same symbol and
 * revision), as the person who imported: the register is theirs to correct afterwards.
 * Answers the labels registered, in order ('S19-CWGWSIS34-C-0001 Rev.4', ...).
 */
export async function registerCited(
  commands: MeetingCommandHandler,
  meeting: ScheduledMeeting,
  { cited, by }: { cited: readonly CitedDocument[]; by: Actor },
): Promise<string[]> {
  const known = new Set(
    [...meeting.documents.values()].map((d) => `${d.symbol.toUpperCase()} ${d.revision}`),
  );
  const registered: string[] = [];
  // One command each, in order: a refusal (the person lost the right to edit meanwhile) stops
  // the rest and is answered, with what was registered before it kept in the log.
  for (const document of cited) {
    if (known.has(`${document.symbol.toUpperCase()} ${document.revision}`)) continue;
    await commands.execute(meeting.meetingId, {
      type: 'RegisterDocument',
      data: { ...document, documentId: randomUUID(), by },
    });
    registered.push(documentLabel(document));
  }
  return registered;
}
