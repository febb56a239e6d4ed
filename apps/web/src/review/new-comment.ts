import type { Anchor } from './review-api.js';

/** A comment being written on a selection, before it is sent. */
export interface NewComment {
  readonly anchor: Anchor;
  readonly quote: string;
  /** Where the selection starts in the editor: the card goes beside it. */
  readonly from: number;
}
