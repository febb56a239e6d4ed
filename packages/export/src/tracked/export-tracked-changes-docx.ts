import type { DocumentDiff } from '@rapporteur/diff';
import { Paragraph } from 'docx';

import type { ExportCover } from '../cover/export-cover.js';
import { docxCover } from '../docx/docx-cover.js';
import { textRun } from '../docx/docx-inline.js';
import { officialDocument, packDocument } from '../docx/docx-page.js';
import { numberingChangedAt } from './numbering-changed-at.js';
import { revisionMarks, type BlockEditTimes } from './revision-marks.js';
import { trackedParagraph } from './tracked-paragraphs.js';
import { trackedSequence } from './tracked-sequence.js';

/** A diff to show as a Word document with tracked changes. */
export interface TrackedChangesInput {
  readonly diff: DocumentDiff;
  /** The cover of the newer version (the one the changes lead to). */
  readonly cover: ExportCover;
  /** Person id -> name, for the revision marks' authors. */
  readonly names: ReadonlyMap<string, string>;
  /** ISO timestamp of a revision mark whose author has none in `dates` (or that has no author). */
  readonly date: string;
  /**
   * Person id -> ISO time of their edit (the server gives the time of their last edit between
   * the two points, from the draft log): a mark is dated with its first author's time.
   */
  readonly dates?: ReadonlyMap<string, string>;
  /**
   * The same per block of either document (the server: their last edit that touched the
   * block): a mark is dated with its first author's time in its block before `dates`.
   */
  readonly blockDates?: BlockEditTimes;
  /** 'S19-CWGWSIS34-C-0001 (approved)', 'Rev.1' ...: what the two sides are called. */
  readonly fromLabel: string;
  readonly toLabel: string;
}

/**
 * The diff between two versions as a Word document whose changes are Word's own revision marks
 * (`w:ins` / `w:del`, each by the name of the change's first author, dated when they edited): Review >
 * Accept All gives the newer text, Reject All the older. The cover says "Changes from <from>
 * to <to>" with the newer version's fields and fingerprint; Track Changes stays on.
 */
export async function exportTrackedChangesDocx(input: TrackedChangesInput): Promise<Uint8Array> {
  const marks = revisionMarks({
    names: input.names,
    date: input.date,
    ...(input.dates === undefined ? {} : { dates: input.dates }),
    ...(input.blockDates === undefined ? {} : { blockDates: input.blockDates }),
    ...authorlessDate(input),
  });
  const subtitle = `Changes from ${input.fromLabel} to ${input.toLabel}`;
  const body = trackedSequence(input.diff.changes).map((step) => trackedParagraph(step, marks));
  // Written after the body, which is what names the authors in `marks`.
  const { stats } = input.diff;
  const note = new Paragraph({
    spacing: { after: 240 },
    children: [
      textRun({
        italics: true,
        text:
          `${blocksChanged(stats.changedBlocks)}: ${stats.insertedCharacters} characters inserted, ` +
          `${stats.deletedCharacters} deleted${marks.authors.length > 0 ? `, by ${marks.authors.join(', ')}` : ''}. ` +
          'Shown as tracked changes: accept them all to get the newer text, reject them all to get the older.',
      }),
    ],
  });
  const document = officialDocument({
    cover: input.cover,
    title: `${input.cover.documentLabel} – ${subtitle}`,
    children: [...docxCover(input.cover, subtitle), note, ...body],
    trackRevisions: true,
  });
  return packDocument(document);
}

/** A change nobody typed (a renumbered cross-reference) is dated when the numbering changed. */
function authorlessDate(input: TrackedChangesInput): { authorlessDate?: string } {
  if (input.blockDates === undefined) return {};
  const at = numberingChangedAt(input.diff.changes, input.blockDates);
  return at === undefined ? {} : { authorlessDate: at };
}

/** "1 block changed", "3 blocks changed". */
export function blocksChanged(count: number): string {
  return `${count} ${count === 1 ? 'block' : 'blocks'} changed`;
}
