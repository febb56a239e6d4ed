import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  LevelFormat,
  type ILevelsOptions,
  type INumberingOptions,
  type IStylesOptions,
} from 'docx';

// Measures are twips (1/20 pt; 567 is 1 cm) and font sizes half-points, as WordprocessingML has them.
export const SERIF = 'Times New Roman';
export const MONOSPACE = 'Courier New';
export const CM = 567;

/** A4 with 2 cm margins: the page of an official document. */
export const PAGE = { width: 11906, height: 16838, margin: 2 * CM } as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** Style ids of our own, so that a reader can restyle every numbered paragraph in Word at once. */
export const STYLE = {
  numberedSection: 'NumberedSection',
  numberedParagraph: 'NumberedParagraph',
  coverTable: 'CoverText',
  tableText: 'TableText',
  quote: 'Quote',
  code: 'Code',
} as const;

/** Word's Heading 1 to 6, by level - 1. */
export const HEADING_LEVELS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

export const BULLET_LIST = 'bullet-list';
export const ORDERED_LIST = 'ordered-list';

const heading = (sizePt: number, extra: { center?: boolean } = {}) => ({
  run: { font: SERIF, size: sizePt * 2, bold: true, color: '000000' },
  paragraph: {
    keepNext: true,
    keepLines: true,
    spacing: { before: 240, after: 120 },
    ...(extra.center ? { alignment: AlignmentType.CENTER } : {}),
  },
});

/** Word styles: Normal is a 12 pt serif, headings are black and bold, numbered paragraphs hang. */
export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: SERIF, size: 24 },
        paragraph: { spacing: { after: 120 } },
      },
      title: {
        run: { font: SERIF, size: 32, bold: true, color: '000000' },
        paragraph: { spacing: { after: 120 } },
      },
      heading1: heading(14, { center: true }),
      heading2: heading(13),
      heading3: heading(12),
      heading4: heading(12),
      heading5: heading(12),
      heading6: heading(12),
      hyperlink: { run: { color: '003366', underline: {} } },
    },
    paragraphStyles: [
      {
        id: STYLE.numberedSection,
        name: 'Numbered Section',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { bold: true },
        paragraph: {
          // Outline level 2, as renderHtml makes these h2: Word's navigation pane lists them.
          outlineLevel: 1,
          keepNext: true,
          keepLines: true,
          spacing: { before: 240, after: 120 },
        },
      },
      {
        id: STYLE.numberedParagraph,
        name: 'Numbered Paragraph',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        // No indent here: each level of the paragraph numbering has its own (docx-paragraph-numbers).
      },
      {
        id: STYLE.coverTable,
        name: 'Cover Text',
        basedOn: 'Normal',
        paragraph: { spacing: { before: 20, after: 20 } },
        run: { size: 21 },
      },
      {
        id: STYLE.tableText,
        name: 'Table Text',
        basedOn: 'Normal',
        paragraph: { spacing: { before: 20, after: 40 } },
      },
      {
        id: STYLE.quote,
        name: 'Quote',
        basedOn: 'Normal',
        paragraph: {
          indent: { left: CM, right: CM },
          border: { left: { style: BorderStyle.SINGLE, size: 12, color: '777777', space: 8 } },
        },
      },
      {
        id: STYLE.code,
        name: 'Code',
        basedOn: 'Normal',
        paragraph: { spacing: { after: 0 } },
        run: { font: MONOSPACE, size: 20 },
      },
    ],
  };
}

const BULLETS = ['•', '–', '◦'];

type Format = (typeof LevelFormat)[keyof typeof LevelFormat];

function listLevel(
  level: number,
  how: { format: Format; text: string; start: number },
): ILevelsOptions {
  return {
    level,
    format: how.format,
    text: how.text,
    start: how.start,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: CM * (level + 1), hanging: CM / 2 + 100 } } },
  };
}

/** Bullets, and decimal numbers starting at `start`, on nine levels as Word allows. */
export function listDefinition(kind: 'bullet' | 'ordered', start = 1) {
  const levels = Array.from({ length: 9 }, (_, level) =>
    kind === 'bullet'
      ? listLevel(level, {
          format: LevelFormat.BULLET,
          text: BULLETS[level % BULLETS.length] ?? '•',
          start: 1,
        })
      : listLevel(level, { format: LevelFormat.DECIMAL, text: `%${level + 1}.`, start }),
  );
  const reference = kind === 'bullet' ? BULLET_LIST : `${ORDERED_LIST}-${start}`;
  return { reference, levels };
}

export function listNumbering(): INumberingOptions {
  return { config: [listDefinition('bullet'), listDefinition('ordered')] };
}
