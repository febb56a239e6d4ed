// The front door of @rapporteur/anchors. Everything others may use is exported here.
export { anchorOf, decodeAnchor, MAX_ANCHOR_PART } from './anchor.js';
export type { Anchor, AnchorPositions } from './anchor.js';
export { ANCHOR_REFUSALS, AnchorError } from './anchor-error.js';
export type { AnchorErrorCode } from './anchor-error.js';
export { applyReplacement } from './apply-replacement.js';
export { locateQuote } from './locate-quote.js';
export type { LocatedQuote } from './locate-quote.js';
export { paragraphsOf } from './paragraphs.js';
export type { DraftParagraph, ParagraphText } from './paragraphs.js';
export { anchorResolver, resolveAnchor } from './resolve-anchor.js';
export type { LiveAnchor, OrphanedAnchor, ResolvedAnchor } from './resolve-anchor.js';
