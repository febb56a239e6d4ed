import type { RegisterDisposition, RegisterRow, RegisterType } from './register-row.js';

/**
 * One column of the register, in the order both formats print them. `raw` is the value as the
 * JSON answer has it (for the CSV, which programs read back); `printed` is how the Word table
 * shows it to a reader.
 */
export interface RegisterColumn {
  readonly header: string;
  readonly raw: (row: RegisterRow) => string;
  readonly printed: (row: RegisterRow) => string;
}

const TYPE_LABELS: Readonly<Record<RegisterType, string>> = {
  comment: 'Comment',
  suggestion: 'Suggestion',
};

/** How a disposition reads in a document. */
export const DISPOSITION_LABELS: Readonly<Record<RegisterDisposition, string>> = {
  open: 'Open',
  accepted: 'Accepted',
  rejected: 'Rejected',
  noted: 'Noted',
  resolved: 'Resolved',
};

/** '2019-09-26T10:15:42.120Z' as '2019-09-26 10:15' in UTC: the minute is enough to read. */
export function printedTimestamp(iso: string): string {
  return new Date(iso).toISOString().slice(0, 16).replace('T', ' ');
}

const same = (value: (row: RegisterRow) => string): Pick<RegisterColumn, 'raw' | 'printed'> => ({
  raw: value,
  printed: value,
});

export const REGISTER_COLUMNS: readonly RegisterColumn[] = [
  { header: 'No.', ...same((row) => String(row.number)) },
  { header: 'Paragraph', ...same((row) => row.paragraph ?? '') },
  { header: 'Type', raw: (row) => row.type, printed: (row) => TYPE_LABELS[row.type] },
  { header: 'Author', ...same((row) => row.author) },
  { header: 'Text', ...same((row) => row.text) },
  {
    header: 'Disposition',
    raw: (row) => row.disposition,
    printed: (row) => DISPOSITION_LABELS[row.disposition],
  },
  { header: 'Decided by', ...same((row) => row.decidedBy ?? '') },
  {
    header: 'Date',
    raw: (row) => row.decidedAt ?? '',
    printed: (row) => (row.decidedAt === null ? '' : printedTimestamp(row.decidedAt)),
  },
  { header: 'Reason', ...same((row) => row.reason ?? '') },
];
