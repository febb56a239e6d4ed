import { versionDocumentLabel, type ScheduledMeeting, type Version } from '@rapporteur/domain';
import type { ExportCover } from '@rapporteur/export';

const STATUS_WORDS: Record<Version['status'], string> = {
  named: 'Draft (not submitted)',
  submitted: 'Submitted for approval',
  endorsed: 'Submitted and endorsed',
  'changes-requested': 'Changes requested',
  approved: 'Approved',
  frozen: 'Approved and frozen',
};

/** The cover block every export of a version carries: what it is, who approved it, its fingerprint. */
export function coverOf(meeting: ScheduledMeeting, version: Version): ExportCover {
  const approvedBy =
    version.approved === undefined
      ? undefined
      : (meeting.participants.get(version.approved.by.personId)?.name ?? 'A former chair');
  return {
    meetingTitle: meeting.title,
    documentLabel: versionDocumentLabel(meeting, version),
    meetingDate: meeting.date,
    versionName: version.name,
    status: STATUS_WORDS[version.status],
    ...(approvedBy === undefined ? {} : { approvedBy }),
    ...(version.approved === undefined ? {} : { approvedAt: version.approved.at }),
    fingerprint: version.chainHash,
    draftRevision: version.draftRevision,
    ...presentation(meeting),
  };
}

/** The meeting's document settings as a cover takes them: the symbol only when set. */
export function presentation(
  meeting: ScheduledMeeting,
): Pick<ExportCover, 'documentSymbol' | 'language' | 'timeZone'> {
  const { documentSymbol, language, timeZone } = meeting.documentSettings;
  return { ...(documentSymbol === null ? {} : { documentSymbol }), language, timeZone };
}

/** A file name from the label and the version's name: letters, digits, dots, dashes. */
export function exportFileName(cover: ExportCover, extension: string): string {
  const base = `${cover.documentLabel} ${cover.versionName}`
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
  return `${base === '' ? 'summary' : base}.${extension}`;
}
