// Test helpers of @rapporteur/diff (the `./testing` entry): building, editing and attributing
// documents. The fast-check arbitraries stay in testing/arbitraries.ts, for this package only.
// Each module below is a test helper through and through, so the entry offers all of each.
export * from './authors.js';
export * from './documents.js';
export * from './edited-summary.js';
