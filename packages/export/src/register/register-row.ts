/** What a register row records about an item: the review types and dispositions of issue #14. */
export const REGISTER_TYPES = ['comment', 'suggestion'] as const;
export const REGISTER_DISPOSITIONS = ['open', 'accepted', 'rejected', 'noted', 'resolved'] as const;

export type RegisterType = (typeof REGISTER_TYPES)[number];
export type RegisterDisposition = (typeof REGISTER_DISPOSITIONS)[number];

/**
 * One comment or suggestion in the disposition register, as `GET .../register` gives it: names
 * already resolved from person ids, `disposition` 'open' while nobody has decided.
 */
export interface RegisterRow {
  /** The item's number in the meeting (comments and suggestions share one count). */
  readonly number: number;
  readonly type: RegisterType;
  /** '8.2.1.1', or null for text outside the numbered paragraphs (a heading). */
  readonly paragraph: string | null;
  /** The author's name. */
  readonly author: string;
  readonly text: string;
  readonly disposition: RegisterDisposition;
  /** The name of whoever decided, null while open. */
  readonly decidedBy: string | null;
  /** ISO timestamp of the decision, null while open. */
  readonly decidedAt: string | null;
  readonly reason: string | null;
}

/** What a register prints above its table. */
export interface RegisterHeading {
  /** 'S19-CWGWSIS34-C-0001' */
  readonly meetingSymbol: string;
  readonly meetingTitle: string;
  /** The document under review: symbol and revision, 'S19-CWGWSIS34-C-0001 Rev.1'. */
  readonly documentLabel: string;
  /** ISO timestamp of the export. */
  readonly generatedAt: string;
}
