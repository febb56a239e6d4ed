import { roleInSentence, type MeetingEvent, type ScheduledMeeting } from '@rapporteur/domain';

/**
 * A meeting event as the history panel says it, after the person's name: "invited Mr Vice as
 * a vice-chair". Names come from the meeting as it is now; a person no longer in it is named
 * by the event itself where it carries a name.
 */
export function describeMeetingEvent(event: MeetingEvent, meeting: ScheduledMeeting): string {
  const nameOf = (personId: string) =>
    meeting.participants.get(personId)?.name ?? 'a former participant';
  const versionName = (versionId: string) => {
    const version = meeting.versions.get(versionId);
    return version === undefined ? `a version` : `version “${version.name}”`;
  };
  switch (event.type) {
    case 'MeetingScheduled':
      return `scheduled the meeting “${event.data.title}”`;
    case 'ParticipantInvited':
      return `invited ${event.data.name} as ${roleInSentence(event.data.role)}`;
    case 'ParticipantRoleChanged':
      return `made ${nameOf(event.data.personId)} ${roleInSentence(event.data.role)}`;
    case 'ParticipantRemoved':
      return `removed ${nameOf(event.data.personId)} from the meeting`;
    case 'DocumentRegistered':
      return `registered the document ${event.data.symbol}`;
    case 'VersionNamed':
      return `named ${versionName(event.data.versionId)} at revision ${event.data.draftRevision}`;
    case 'VersionSubmitted':
      return `submitted ${versionName(event.data.versionId)} for approval`;
    case 'VersionEndorsed':
      return `endorsed ${versionName(event.data.versionId)}`;
    case 'ChangesRequested':
      return `requested changes to ${versionName(event.data.versionId)}: ${event.data.comment}`;
    case 'VersionApproved':
      return `approved ${versionName(event.data.versionId)}`;
    case 'DraftFrozen':
      return `froze the draft at ${versionName(event.data.versionId)}`;
    case 'DraftReopened':
      return `reopened the draft as Rev.${event.data.documentRevision}`;
  }
}
