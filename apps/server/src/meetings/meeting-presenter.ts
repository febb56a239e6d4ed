import type { Meeting, MeetingDocumentRef, MeetingSummary } from '@rapporteur/api-contract';
import {
  documentHref,
  documentLabel,
  documentRevisionLabel,
  endorsementsNeeded,
  versionUnderReview,
  type Role,
  type ScheduledMeeting,
} from '@rapporteur/domain';

/** A meeting as one person sees it in the list: with their role in it (null: an administrator looking in). */
export function presentSummary(meeting: ScheduledMeeting, role: Role | undefined): MeetingSummary {
  return {
    id: meeting.meetingId,
    title: meeting.title,
    symbol: meeting.symbol,
    date: meeting.date,
    role: role ?? null,
  };
}

export function presentMeeting(meeting: ScheduledMeeting, role: Role | undefined): Meeting {
  return {
    ...presentSummary(meeting, role),
    participants: [...meeting.participants.values()].map(
      ({ personId, name, email, role: participantRole }) => ({
        personId,
        name,
        email,
        role: participantRole,
      }),
    ),
    documents: presentDocuments(meeting),
    documentLabel: documentRevisionLabel(meeting),
    documentRevision: meeting.documentRevision,
    frozen:
      meeting.frozen === undefined
        ? null
        : {
            versionId: meeting.frozen.versionId,
            versionName: meeting.versions.get(meeting.frozen.versionId)?.name ?? '',
            at: meeting.frozen.at,
            by: meeting.frozen.by.personId,
          },
    reopened:
      meeting.reopened === undefined
        ? null
        : {
            at: meeting.reopened.at,
            by: meeting.reopened.by.personId,
            reason: meeting.reopened.reason,
          },
    endorsementsRequired: endorsementsNeeded(meeting),
    underReview: versionUnderReview(meeting)?.versionId ?? null,
    documentSettings: meeting.documentSettings,
  };
}

/** The register of documents, in the order they were registered, each with its link. */
export function presentDocuments(meeting: ScheduledMeeting): MeetingDocumentRef[] {
  const template = meeting.documentSettings.linkTemplate;
  return [...meeting.documents.values()].map((document) => ({
    documentId: document.documentId,
    symbol: document.symbol,
    title: document.title,
    source: document.source,
    revision: document.revision,
    label: documentLabel(document),
    href: documentHref(template, document),
  }));
}
