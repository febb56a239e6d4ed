/** A contribution registered for a meeting, cited by the summary by its label. */
export type MeetingDocument = {
  readonly documentId: string;
  /** 'S19-CWGWSIS34-C-0019', without the revision. */
  readonly symbol: string;
  readonly title: string;
  /** Who submitted it: 'Saudi Arabia', 'ITU Secretariat'. */
  readonly source: string;
  /** 0 for the original, 1 for Rev.1, and so on. */
  readonly revision: number;
};

/**
 * How the summary cites a document: its symbol, then ` Rev.n` for a revision.
 * Example: `documentLabel({ symbol: 'S19-CWGWSIS34-C-0001', revision: 4 })` is
 * `'S19-CWGWSIS34-C-0001 Rev.4'`; revision 0 gives the symbol alone.
 */
export function documentLabel(document: Pick<MeetingDocument, 'symbol' | 'revision'>): string {
  return document.revision === 0 ? document.symbol : `${document.symbol} Rev.${document.revision}`;
}

/** Whether two documents are the same revision of the same contribution (symbols ignore case). */
export function isSameRevision(
  a: Pick<MeetingDocument, 'symbol' | 'revision'>,
  b: Pick<MeetingDocument, 'symbol' | 'revision'>,
): boolean {
  return a.revision === b.revision && a.symbol.toUpperCase() === b.symbol.toUpperCase();
}
