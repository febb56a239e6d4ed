import { humanTime, languageName, longDate } from './human-dates.js';

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
  /**
   * The summary's own document symbol, printed top right ('CWG-WSIS&SDG-34/4'); without it the
   * document label stands there.
   */
  readonly documentSymbol?: string;
  /** The draft's language as a BCP 47 code ('en', the default): "Original: English", `lang`. */
  readonly language?: string;
  /** The meeting's IANA time zone ('Europe/Zurich'; UTC by default): every time is shown in it. */
  readonly timeZone?: string;
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
    field('Meeting date', longDate(cover.meetingDate)),
    field('Status', cover.status),
    ...(cover.approvedBy === undefined ? [] : [field('Approved by', cover.approvedBy)]),
    ...(cover.approvedAt === undefined
      ? []
      : [field('Approved at', humanTime(cover.approvedAt, cover.timeZone))]),
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

/** The symbol printed top right: the summary's own, else the version's label. */
export function coverSymbol(cover: ExportCover): string {
  return cover.documentSymbol ?? cover.documentLabel;
}

/** The draft's language code, 'en' unless the meeting says otherwise. */
export function coverLanguage(cover: ExportCover): string {
  return cover.language ?? 'en';
}

/** 'Original: English', under the date of an ITU document. */
export function originalLine(cover: ExportCover): string {
  return `Original: ${languageName(coverLanguage(cover))}`;
}

/**
 * The record that closes the document and fills its metadata: who approved which version when,
 * in the meeting's time zone, and the fingerprint (short for the eye, full for the metadata).
 */
export function approvalRecord(cover: ExportCover, fingerprint: 'short' | 'full'): string {
  const print = fingerprint === 'short' ? shortFingerprint(cover.fingerprint) : cover.fingerprint;
  const approval =
    cover.approvedBy === undefined
      ? cover.status
      : `${cover.status} by ${cover.approvedBy}` +
        (cover.approvedAt === undefined
          ? ''
          : ` on ${humanTime(cover.approvedAt, cover.timeZone)}`);
  return `${cover.documentLabel}, version “${cover.versionName}”: ${approval}. Fingerprint ${print}`;
}
