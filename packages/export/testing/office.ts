// LibreOffice and poppler, to read an export as a person would: convert the .docx to PDF the
// way an office suite lays it out, then take the PDF's text. No mock can say a file opens.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** Runs a tool; a missing one fails with a sentence saying what to install (under CI). */
async function run(
  program: string,
  args: readonly string[],
  options: { timeout?: number; maxBuffer?: number } = {},
): Promise<{ stdout: string }> {
  try {
    return await execFileAsync(program, args, { encoding: 'utf8', ...options });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        `The LibreOffice suite needs ${program}, which is not installed (CI must run this suite).`,
      );
    }
    throw error;
  }
}

/** The programs the office suite needs. */
export const OFFICE_TOOLS = ['soffice', 'pdftotext', 'pdfinfo', 'unzip', 'zip'] as const;

const CONVERT_TIMEOUT_MS = 60_000;

function onPath(program: string): boolean {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .some((dir) => dir !== '' && existsSync(join(dir, program)));
}

let announced = false;

/**
 * Whether the LibreOffice suite should be skipped: only when a tool is missing and this is not
 * CI. Under CI=true it runs whatever is installed, so a missing tool fails it.
 */
export function skipWithoutOffice(): boolean {
  const missing = OFFICE_TOOLS.filter((tool) => !onPath(tool));
  if (missing.length === 0 || process.env.CI === 'true') return false;
  if (!announced) {
    announced = true;
    process.stderr.write(
      `LibreOffice suite skipped: ${missing.join(', ')} not found. Install them (apt-get install libreoffice-writer poppler-utils unzip zip).\n`,
    );
  }
  return true;
}

/** A fresh directory for one test's files, removed afterwards. */
export async function withTempDir<T>(use: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'rapporteur-export-'));
  try {
    return await use(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Converts a file to PDF with LibreOffice, in a profile of its own so that concurrent
 * conversions (vitest runs files in parallel) do not share a locked user installation.
 * Returns the PDF's path.
 */
export async function convertToPdf(file: string, outDir: string): Promise<string> {
  const profile = join(tmpdir(), `lo-${randomUUID()}`);
  try {
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        file,
      ],
      { timeout: CONVERT_TIMEOUT_MS },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const pdf = join(outDir, basename(file).replace(/\.[^.]+$/, '.pdf'));
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${file}`);
  return pdf;
}

/** The PDF's text in reading layout (pdftotext -layout). */
export async function pdfText(pdf: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** One part of a .docx (a zip), such as 'word/document.xml'. */
export async function docxPart(file: string, part: string): Promise<string> {
  const { stdout } = await run('unzip', ['-p', file, part], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** Writes the bytes as `name` in `dir`, converts them to PDF and returns the file and the text. */
export async function docxToText(
  bytes: Uint8Array,
  at: { readonly dir: string; readonly name: string },
): Promise<{ readonly file: string; readonly text: string }> {
  const file = join(at.dir, at.name);
  await writeFile(file, bytes);
  const text = await pdfText(await convertToPdf(file, at.dir));
  return { file, text };
}

/** Text with every run of white space made one space: a PDF wraps sentences anywhere. */
export function flowing(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** The PDF's document information, custom keys included (pdfinfo -custom), by key. */
export async function pdfInfo(pdf: string): Promise<ReadonlyMap<string, string>> {
  const { stdout } = await run('pdfinfo', ['-custom', pdf]);
  return new Map(
    stdout
      .split('\n')
      .map((line) => /^(\w+):\s+(.*)$/.exec(line))
      .filter((match) => match !== null)
      .map((match) => [match[1] ?? '', match[2] ?? '']),
  );
}
