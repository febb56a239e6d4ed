import { documentFromBlocks, type ImportResult } from '@rapporteur/editor-schema';

import { wordDamaged, wordTooLarge } from '../import-refusals.js';
import { docxBlocks } from './docx-blocks.js';
import { readBody } from './docx-body.js';
import { readDocxPackage } from './docx-package.js';
import { XmlError } from './xml-tree.js';
import { ZipArchive, ZipError, type ZipLimits } from './zip-archive.js';

/**
 * What a .docx may cost to read. Only five parts are inflated (relationships, the document,
 * numbering, styles, footnotes); a summary's document.xml is a few hundred KiB.
 */
export const DOCX_LIMITS: ZipLimits = {
  maxEntries: 5000,
  maxEntryBytes: 16 * 1024 * 1024,
  maxTotalBytes: 32 * 1024 * 1024,
};

/**
 * A Word file (.docx) as an import: the body's headings, numbered paragraphs (typed numbers and
 * Word's list numbering), bullets, tables, footnotes, links, bold and italic. Headers and
 * footers are other parts and are not read. Throws the import's refusals for a damaged file or
 * one that unpacks past DOCX_LIMITS, and ImportError for an empty one.
 */
export function readDocx(bytes: Uint8Array, limits: ZipLimits = DOCX_LIMITS): ImportResult {
  try {
    const pkg = readDocxPackage(new ZipArchive(bytes, limits));
    const warnings: string[] = [];
    return documentFromBlocks(docxBlocks(pkg, readBody(pkg), warnings), warnings);
  } catch (error) {
    if (error instanceof ZipError) {
      throw error.reason === 'too_large' ? wordTooLarge(error.message) : wordDamaged(error.message);
    }
    if (error instanceof XmlError) throw wordDamaged(`its XML is damaged (${error.message})`);
    if (error instanceof RangeError) throw wordDamaged('it is cut short');
    throw error;
  }
}
