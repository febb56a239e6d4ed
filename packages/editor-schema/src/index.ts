// The front door of @rapporteur/editor-schema. Everything others may use is exported here.
export { NumberedParagraph } from './numbering/numbered-paragraph.js';
export type { NumberedParagraphOptions } from './numbering/numbered-paragraph.js';
export { MAX_LEVEL, MIN_LEVEL, paragraphNumbers } from './numbering/paragraph-numbers.js';
export { paragraphNumberPluginKey } from './numbering/paragraph-number-plugin.js';
export { DRAFT_FIELD, rapporteurExtensions, rapporteurSchema } from './schema/extensions.js';
export { CROSS_REFERENCE, FOOTNOTE, NUMBERED_PARAGRAPH } from './schema/node-names.js';
export { validateDocument } from './schema/validate-document.js';
export { readableDocument } from './schema/readable-document.js';
export {
  allowsMark,
  attributeProblem,
  holdsText,
  isKnownNode,
  mayHold,
} from './schema/schema-rules.js';
export type { ValidationResult } from './schema/validate-document.js';
export { renderHtml } from './render/render-html.js';
export { footnotesSection } from './render/footnote-notes.js';
export { documentFromBlocks, importDocument } from './import/import-document.js';
export type {
  Block as ImportBlock,
  Inline as ImportInline,
  ReadBlocks as ImportBlocks,
  TableRowBlock as ImportTableRow,
} from './import/blocks.js';
export { parseNumberedLine } from './import/numbered-line.js';
export { furnitureWarning, pageFurniture } from './import/page-furniture.js';
export { Footnote, MAX_FOOTNOTE_LENGTH } from './footnote/footnote.js';
export { footnoteNumberPluginKey } from './footnote/footnote-number-plugin.js';
export type { ImportOptions, ImportResult } from './import/import-document.js';
export { ImportError } from './import/import-error.js';
export type { ImportErrorCode } from './import/import-error.js';
export { MAX_IMPORT_BYTES } from './import/source-lines.js';
export { CrossReference, BROKEN_REFERENCE_TITLE } from './references/cross-reference.js';
export { outlineOf, crossReferencePluginKey } from './references/cross-reference-plugin.js';
export type { OutlineEntry } from './references/cross-reference-plugin.js';
export {
  brokenReferencesOf,
  referenceNumber,
  referenceNumbersOf,
  withCurrentReferenceNumbers,
} from './references/reference-numbers.js';
export type { BrokenReference, ReadonlyNode } from './references/reference-numbers.js';
export { isParagraphId, newParagraphId } from './references/paragraph-ids.js';
