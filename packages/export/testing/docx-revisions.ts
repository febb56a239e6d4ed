// Word's Review > Accept All and Reject All, done on document.xml as the test's own transform,
// and a .docx rewritten with an edited document.xml, so that LibreOffice can lay out the result.
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

const PARAGRAPH = /<w:p[ >][\s\S]*?<\/w:p>/g;
const MARK_INSERTED = /<w:pPr>(?:(?!<\/w:pPr>)[\s\S])*<w:ins [^>]*\/>/;
const MARK_DELETED = /<w:pPr>(?:(?!<\/w:pPr>)[\s\S])*<w:del [^>]*\/>/;

/** Drops what `drop` wraps (with its content), unwraps what `keep` wraps, removes mark revisions. */
function resolveRuns(xml: string, drop: 'ins' | 'del'): string {
  const keep = drop === 'ins' ? 'del' : 'ins';
  return xml
    .replace(new RegExp(`<w:${drop} [^>]*[^/]>[\\s\\S]*?</w:${drop}>`, 'g'), '')
    .replace(new RegExp(`<w:${keep} [^>]*[^/]>|</w:${keep}>`, 'g'), '')
    .replace(/<w:(?:ins|del) [^>]*\/>/g, '')
    .replace(/<w:delText/g, '<w:t')
    .replace(/<\/w:delText>/g, '</w:t>');
}

/**
 * A paragraph whose mark goes away joins the next one; here its text went too (a whole block
 * inserted or deleted), so it is dropped. Text left in it would be a case this helper does not
 * cover, and it says so rather than guess.
 */
function dropParagraphs(xml: string, markGoes: RegExp, drop: 'ins' | 'del'): string {
  return xml.replace(PARAGRAPH, (paragraph) => {
    if (!markGoes.test(paragraph)) return paragraph;
    if (/<w:t[ >]/.test(resolveRuns(paragraph, drop))) {
      throw new Error(`a paragraph whose mark is revised keeps text: ${paragraph.slice(0, 200)}`);
    }
    return '';
  });
}

/** document.xml as Word's Reject All leaves it: inserted text and paragraphs gone, deletions back. */
export function rejectAll(xml: string): string {
  return resolveRuns(dropParagraphs(xml, MARK_INSERTED, 'ins'), 'ins');
}

/** document.xml as Word's Accept All leaves it: insertions kept, deleted text and paragraphs gone. */
export function acceptAll(xml: string): string {
  return resolveRuns(dropParagraphs(xml, MARK_DELETED, 'del'), 'del');
}

/**
 * Writes `bytes` as `name` in `dir` with its word/document.xml passed through `edit` (unzip,
 * edit, zip), and returns the new file's path.
 */
export async function rewriteDocx(
  bytes: Uint8Array,
  at: { readonly dir: string; readonly name: string },
  edit: (documentXml: string) => string,
): Promise<string> {
  const unpacked = join(at.dir, `${at.name}.parts`);
  const original = join(at.dir, `${at.name}.original.docx`);
  await mkdir(unpacked, { recursive: true });
  await writeFile(original, bytes);
  await execFileAsync('unzip', ['-q', '-o', original, '-d', unpacked]);
  const part = join(unpacked, 'word', 'document.xml');
  await writeFile(part, edit(await readFile(part, 'utf8')));
  const file = join(at.dir, at.name);
  await execFileAsync('zip', ['-q', '-X', '-r', file, '.'], { cwd: unpacked });
  return file;
}
