/** What an export prints above the document: which meeting, which text, and how to verify it. */
export interface ExportCover {
  /** 'Council Working Group on WSIS & SDG, 34th meeting' */
  readonly meetingTitle: string;
  /** Symbol and revision: 'S19-CWGWSIS34-C-0001' or 'S19-CWGWSIS34-C-0001 Rev.1'. */
  readonly documentLabel: string;
  /** ISO date of the meeting: '2019-09-25'. */
  readonly meetingDate: string;
  readonly versionName: string;
  /** 'Approved', 'Frozen', 'Draft (not approved)' ...: printed as given. */
  readonly status: string;
  /** The name of the person who approved the version. */
  readonly approvedBy?: string;
  /** ISO timestamp of the approval. */
  readonly approvedAt?: string;
  /** The whole chain hash at the version's revision (64 hex digits), printed in full. */
  readonly fingerprint: string;
  readonly draftRevision: number;
  /**
   * The head of the meeting's log when the file was made (`12.340.<64 hex>`): kept with the file,
   * it lets `verify --expect` show that no event up to it was later removed.
   */
  readonly logHead?: string;
}

/** One line of the cover block: a label and its value, as every format prints them. */
export interface CoverField {
  readonly label: string;
  readonly value: string;
  /** Set for the fingerprint, which a reader compares character by character. */
  readonly monospace: boolean;
}

/**
 * The cover's fields in the order every format prints them. Approval lines appear only when
 * the version was approved: an empty "Approved by" on a draft would read as a missing name.
 */
export function coverFields(cover: ExportCover): readonly CoverField[] {
  const field = (label: string, value: string): CoverField => ({ label, value, monospace: false });
  return [
    field('Document', cover.documentLabel),
    field('Meeting date', cover.meetingDate),
    field('Status', cover.status),
    ...(cover.approvedBy === undefined ? [] : [field('Approved by', cover.approvedBy)]),
    ...(cover.approvedAt === undefined ? [] : [field('Approved at', cover.approvedAt)]),
    field('Version', cover.versionName),
    field('Draft revision', String(cover.draftRevision)),
    { label: 'Fingerprint', value: cover.fingerprint, monospace: true },
    ...(cover.logHead === undefined
      ? []
      : [{ label: 'Log head', value: cover.logHead, monospace: true }]),
  ];
}

/** The fingerprint as a footer shows it: enough to tell two versions apart at a glance. */
export function shortFingerprint(fingerprint: string): string {
  return fingerprint.length > 12 ? `${fingerprint.slice(0, 12)}…` : fingerprint;
}
