// Test helpers of @rapporteur/editor-schema (the `./testing` entry): tests may use node:*.
import { readFileSync } from 'node:fs';

/**
 * Where the real ITU report the importer is tested on lives: CWG-WSIS&SDG, 34th meeting, 2019.
 * The repository's fixtures/ folder holds the one copy; the server seeds its demo meeting from it.
 */
export const SUMMARY_FIXTURE_URL = new URL(
  '../../../fixtures/cwg-wsis-sdg-34-summary.txt',
  import.meta.url,
);

/** The fixture's text, exactly as published (UTF-8, one paragraph per line). */
export function readSummaryFixture(): string {
  return readFileSync(SUMMARY_FIXTURE_URL, 'utf8');
}

// Everything the harness offers: a real editor and what a person would see in it.
export * from './editor-harness.js';
