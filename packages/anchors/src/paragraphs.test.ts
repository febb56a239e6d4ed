import { readSummaryFixture } from '@rapporteur/editor-schema/testing';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';

import { draftFromJson, summaryDraft } from '../testing/index.js';
import { paragraphsOf } from './paragraphs.js';

const numbered = (level: number, ...content: Record<string, unknown>[]) => ({
  type: 'numberedParagraph',
  attrs: { level },
  content,
});
const text = (value: string, marks?: { type: string }[]) => ({ type: 'text', text: value, marks });

describe('paragraphsOf', () => {
  it('numbers the real summary as it was typed, and reads 8.2.1.1 without its number', () => {
    const paragraphs = paragraphsOf(summaryDraft());
    const fixtureLines = readSummaryFixture().split('\n');
    const numberedOnes = paragraphs.filter((paragraph) => paragraph.number !== null);
    const typed = fixtureLines.flatMap((line) => {
      const match = /^\s*(\d+(?:\.\d+)*)\.\s+(.*)$/.exec(line);
      return match ? [{ number: match[1], text: match[2] ?? '' }] : [];
    });
    // Every computed number is the one the report's author typed in front of that same text.
    expect(numberedOnes.map((paragraph) => paragraph.number)).toEqual(typed.map((t) => t.number));
    numberedOnes.forEach((paragraph, i) => {
      expect(typed[i]?.text.startsWith(paragraph.text.slice(0, 30))).toBe(true);
    });
    const wanted = paragraphs.find((paragraph) => paragraph.number === '8.2.1.1');
    expect(wanted?.type).toBe('numberedParagraph');
    expect(wanted?.text).toBe(
      'to provide information on the implementation of activities that have already expired, by including a new section and linking them to previous reports.',
    );
  });

  it('gives headings and plain paragraphs no number, in document order', () => {
    const paragraphs = paragraphsOf(summaryDraft());
    expect(paragraphs[0]).toMatchObject({ type: 'heading', number: null });
    const introduction = paragraphs.findIndex((paragraph) => paragraph.number === '1');
    expect(paragraphs[introduction]?.text).toBe('Introduction');
    expect(paragraphs[introduction + 1]).toMatchObject({ type: 'paragraph', number: null });
  });

  it('reads formatted text without its formatting, one Y.XmlText per line', () => {
    const doc = draftFromJson({
      type: 'doc',
      content: [
        numbered(
          1,
          text('Bold', [{ type: 'bold' }]),
          text(' then plain'),
          { type: 'hardBreak' },
          text('second line'),
        ),
      ],
    });
    const [paragraph] = paragraphsOf(doc);
    expect(paragraph?.text).toBe('Bold then plain\nsecond line');
    expect(paragraph?.texts.map(({ offset, text: own }) => [offset, own])).toEqual([
      [0, 'Bold then plain'],
      [16, 'second line'],
    ]);
    expect(paragraph?.texts[0]?.ytext).toBeInstanceOf(Y.XmlText);
  });

  it('counts a skipped level as 0, as the editor shows it', () => {
    const doc = draftFromJson({
      type: 'doc',
      content: [numbered(1, text('Section')), numbered(3, text('Deep'))],
    });
    expect(paragraphsOf(doc).map((paragraph) => paragraph.number)).toEqual(['1', '1.0.1']);
  });
});
