import { MAX_LEVEL } from '@rapporteur/editor-schema';
import {
  AlignmentType,
  LevelFormat,
  type ILevelsOptions,
  type INumberingOptions,
  type IParagraphOptions,
} from 'docx';

import { CM, listNumbering, STYLE } from './docx-styles.js';

/** The one numbering every numbered paragraph of a document belongs to. */
export const PARAGRAPH_NUMBERS = 'paragraph-numbers';

// Where each level's number starts and how far it hangs before the text, in cm: the number of
// a deeper level sits half a centimetre further in, and hangs wider because it is longer
// ("8.2.1.1." is about 1.6 cm in 12 pt Times). Levels 2 to 6 each get an indent of their own.
const NUMBER_AT = [0, 0.5, 1, 1.5, 2, 2.5] as const;
const HANG = [1, 1.5, 1.75, 2, 2.25, 2.5] as const;

/** Twips from the left margin to the text of a numbered paragraph of `level` (1 to 6). */
export function numberedTextStart(level: number): number {
  const at = Math.min(MAX_LEVEL, Math.max(1, level)) - 1;
  return Math.round(((NUMBER_AT[at] ?? 0) + (HANG[at] ?? 1)) * CM);
}

/** "%1.", "%1.%2.", ... "%1.%2.%3.%4.%5.%6.": the document's own form, '8.2.1.1.' with a final dot. */
export function levelText(level: number): string {
  return Array.from({ length: level }, (_, index) => `%${index + 1}.`).join('');
}

function level(index: number): ILevelsOptions {
  return {
    level: index,
    format: LevelFormat.DECIMAL,
    text: levelText(index + 1),
    start: 1,
    alignment: AlignmentType.LEFT,
    style: {
      paragraph: {
        indent: {
          left: numberedTextStart(index + 1),
          hanging: Math.round((HANG[index] ?? 1) * CM),
        },
      },
    },
  };
}

/**
 * Word multi-level numbering for the numbered paragraphs: one abstract numbering, a level per
 * depth, each restarting under the level above (Word's default), so Word and LibreOffice count
 * the paragraphs themselves and renumber the rest when a reader adds or removes one.
 */
export function paragraphNumbersDefinition(): { reference: string; levels: ILevelsOptions[] } {
  return {
    reference: PARAGRAPH_NUMBERS,
    levels: Array.from({ length: MAX_LEVEL }, (_, i) => level(i)),
  };
}

/**
 * The options of a numbered paragraph of `level`: its style (Numbered Section at level 1,
 * Numbered Paragraph deeper) and its place in the document's paragraph numbering. No number is
 * written as text: Word computes it, as the editor does.
 */
export function numberedParagraphOptions(
  level: number,
): Pick<IParagraphOptions, 'style' | 'numbering'> {
  const clamped = Math.min(MAX_LEVEL, Math.max(1, level));
  return {
    style: clamped === 1 ? STYLE.numberedSection : STYLE.numberedParagraph,
    numbering: { reference: PARAGRAPH_NUMBERS, level: clamped - 1 },
  };
}

/** Every numbering of a document: its bullet and ordered lists, and its paragraph numbers. */
export function documentNumbering(): INumberingOptions {
  return { config: [...listNumbering().config, paragraphNumbersDefinition()] };
}
