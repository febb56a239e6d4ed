import { describe, expect, it } from 'vitest';

import { draftFromJson, refusalOf, summaryDraft } from '../testing/index.js';
import { locateQuote } from './locate-quote.js';
import { resolveAnchor } from './resolve-anchor.js';

const numbered = (level: number, ...content: Record<string, unknown>[]) => ({
  type: 'numberedParagraph',
  attrs: { level },
  content,
});

describe('locateQuote', () => {
  it("anchors a quote of 8.2.1.1 by the paragraph's number, with or without the final dot", () => {
    const doc = summaryDraft();
    for (const asked of ['8.2.1.1', '8.2.1.1.', ' 8.2.1.1. ']) {
      const located = locateQuote(doc, asked, 'already expired');
      expect(located).toMatchObject({ paragraph: '8.2.1.1', quote: 'already expired' });
      const now = resolveAnchor(doc, located.anchor);
      expect(now).toMatchObject({ orphaned: false, paragraph: '8.2.1.1', text: 'already expired' });
      expect(now.from).toBe(
        'to provide information on the implementation of activities that have '.length,
      );
    }
  });

  it('refuses a paragraph the draft does not have, saying which numbers there are', () => {
    const error = refusalOf(() => locateQuote(summaryDraft(), '8.9.9', 'anything'));
    expect(error.code).toBe('paragraph_not_found');
    expect(error.kind).toBe('unprocessable');
    expect(error.message).toBe(
      'There is no paragraph 8.9.9 in the draft; paragraphs run from 1 to 11.2.',
    );
  });

  it('refuses what is not a paragraph number, and a draft without numbered paragraphs', () => {
    expect(refusalOf(() => locateQuote(summaryDraft(), 'eight', 'x')).message).toMatch(
      /^"eight" is not a paragraph number/,
    );
    const plain = draftFromJson({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Plain' }] }],
    });
    const error = refusalOf(() => locateQuote(plain, '1', 'Plain'));
    expect(error.code).toBe('paragraph_not_found');
    expect(error.message).toContain('the draft has no numbered paragraphs yet');
  });

  it('refuses a quote the paragraph does not contain', () => {
    const error = refusalOf(() => locateQuote(summaryDraft(), '8.2.1.1', 'never expired'));
    expect(error.code).toBe('quote_not_found');
    expect(error.message).toContain('Paragraph 8.2.1.1 does not contain "never expired"');
  });

  it('refuses a quote found twice, saying how many times', () => {
    // "to provide information..." and "...linking them to previous reports."
    const error = refusalOf(() => locateQuote(summaryDraft(), '8.2.1.1', 'to p'));
    expect(error.code).toBe('quote_ambiguous');
    expect(error.message).toContain('"to p" appears 2 times in paragraph 8.2.1.1');
  });

  it('anchors an empty quote at the end of the paragraph, as an insertion point', () => {
    const doc = summaryDraft();
    const located = locateQuote(doc, '8.2.1.1', '');
    expect(located.anchor.start).toBe(located.anchor.end);
    const now = resolveAnchor(doc, located.anchor);
    expect(now.orphaned).toBe(false);
    expect(now.text).toBe('');
    expect(now.from).toBe(now.to);
    expect(now.to).toBe(now.ytext?.length);
  });

  it('needs a quote within one line, and some text to anchor to', () => {
    const doc = draftFromJson({
      type: 'doc',
      content: [
        numbered(
          1,
          { type: 'text', text: 'first line' },
          { type: 'hardBreak' },
          { type: 'text', text: 'second line' },
        ),
        numbered(1),
      ],
    });
    expect(resolveAnchor(doc, locateQuote(doc, '1', 'second').anchor).text).toBe('second');
    const across = refusalOf(() => locateQuote(doc, '1', 'line\nsecond'));
    expect(across.code).toBe('quote_not_found');
    expect(across.message).toContain('runs across a line break');
    const empty = refusalOf(() => locateQuote(doc, '2', ''));
    expect(empty.code).toBe('quote_not_found');
    expect(empty.message).toContain('Paragraph 2 is empty');
  });
});
