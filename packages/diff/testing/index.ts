// Test helpers of @rapporteur/diff (the `./testing` entry): building, editing and attributing
// documents. The fast-check arbitraries stay in testing/arbitraries.ts, for this package only.
export { attributeText, authorRuns } from './authors.js';
export type { Attribution } from './authors.js';
export {
  blocksOf,
  doc,
  indexOfSection,
  moveBlocks,
  numbered,
  paragraph,
  replaceText,
  splice,
} from './documents.js';
export { editedSummary, summaryDocument } from './edited-summary.js';
export type { EditedSummary, WordEdit } from './edited-summary.js';
