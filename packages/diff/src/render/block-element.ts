import type { BlockChange } from '../diff/types.js';
import { escapeHtml } from './escape-html.js';

/** The element a block is shown as, close to how the document itself renders it. */
export interface BlockElement {
  readonly tag: string;
  /** Class names beside the diff's own. */
  readonly classes: readonly string[];
  /** Attributes beyond class, already escaped: ` data-level="2"`. */
  readonly attributes: string;
  /** Code keeps its line breaks as text; elsewhere they become <br>. */
  readonly preformatted: boolean;
  readonly empty: boolean;
}

function level(change: BlockChange): number {
  return Math.min(6, Math.max(1, change.level ?? 1));
}

/**
 * Only these tags are ever written, whatever `blockType` says: the type comes from a stored
 * document and goes into a data attribute, escaped, never into a tag name.
 */
export function blockElement(change: BlockChange): BlockElement {
  const plain = { classes: [], attributes: '', preformatted: false, empty: false };
  switch (change.blockType) {
    case 'numberedParagraph':
      // As editor-schema renders it: level 1 is a section heading, deeper levels paragraphs.
      return {
        ...plain,
        tag: level(change) === 1 ? 'h2' : 'p',
        classes: ['numbered-paragraph'],
        attributes: ` data-level="${level(change)}"`,
      };
    case 'heading':
      return { ...plain, tag: `h${level(change)}` };
    case 'paragraph':
      return { ...plain, tag: 'p' };
    case 'codeBlock':
      return { ...plain, tag: 'pre', preformatted: true };
    case 'horizontalRule':
      return { ...plain, tag: 'hr', empty: true };
    default:
      // Lists, tables, quotes: their text, one line per item or cell.
      return { ...plain, tag: 'div', attributes: ` data-type="${escapeHtml(change.blockType)}"` };
  }
}
