/** A point of the draft's past to compare: what the server takes, and how the page names it. */
export interface DraftPoint {
  /** A revision number, a version id, or `head`. */
  readonly value: string;
  /** "revision 41", "version “Before lunch”", "the live draft". */
  readonly label: string;
}

export const LIVE_DRAFT: DraftPoint = { value: 'head', label: 'the live draft' };

/**
 * What the page shows in the document's place: the live draft (the editor), or one of the
 * history's read-only views. Only one at a time.
 */
export type HistoryView =
  | { readonly kind: 'live' }
  /** The draft as it was at `revision`; `focus` is a section to bring into view ('8.4.3.'). */
  | { readonly kind: 'revision'; readonly revision: number; readonly focus?: string | undefined }
  | { readonly kind: 'compare'; readonly from: DraftPoint; readonly to: DraftPoint }
  | { readonly kind: 'authors' };

export const LIVE: HistoryView = { kind: 'live' };
