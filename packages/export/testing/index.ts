// Test helpers of @rapporteur/export (the `./testing` entry): documents, covers, and the
// office tools that read an export back. Tests may use node:*.
export { exampleCover, FINGERPRINT } from './covers.js';
export {
  link,
  numbered,
  numberedParagraphs,
  paragraph,
  richDocument,
  summaryDocument,
  text,
} from './documents.js';
export {
  convertToPdf,
  docxPart,
  docxToText,
  flowing,
  OFFICE_TOOLS,
  pdfInfo,
  pdfText,
  skipWithoutOffice,
  withTempDir,
} from './office.js';
export { footnotedDocument, NOTE_ONE, NOTE_THREE, NOTE_TWO } from './footnoted-document.js';
export { acceptAll, rejectAll, rewriteDocx } from './docx-revisions.js';
export { firstOutOfOrder } from './numbers-in-order.js';
export { EDIT_TIMES, NEW_SECTION, renumberedExample, trackedExample } from './tracked-example.js';
export type { TrackedExample } from './tracked-example.js';
export { registerHeading, registerRow, registerRows } from './register-example.js';
