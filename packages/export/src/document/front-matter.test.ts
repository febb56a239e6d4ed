import { describe, expect, it } from 'vitest';

import { numbered, paragraph, summaryDocument, text } from '../../testing/index.js';
import { frontMatter } from './front-matter.js';
import { plainText } from './inline-pieces.js';

const heading = (level: number, value: string) => ({
  type: 'heading',
  attrs: { level },
  content: [text(value)],
});

describe('frontMatter', () => {
  it('finds the fixture’s title and its boxed Summary, Action required and References', () => {
    const { title, box, body } = frontMatter(summaryDocument());
    expect(title && plainText(title)).toBe('SUMMARY OF THE 34th MEETING');
    expect(box.map((section) => section.label)).toEqual([
      'Summary',
      'Action required',
      'References',
    ]);
    expect(plainText(box[1]?.blocks[0] ?? { type: 'doc' })).toContain(
      'To consider documents and prepare inputs',
    );
    expect(plainText(body[0] ?? { type: 'doc' })).toBe('Introduction');
  });

  it('leaves a document without a box whole, in the body', () => {
    const doc = { type: 'doc', content: [heading(1, 'Notes'), numbered(1, text('Opening'))] };
    const { title, box, body } = frontMatter(doc);
    expect(title).toBe(doc.content[0]);
    expect(box).toEqual([]);
    expect(body).toEqual([doc.content[1]]);
  });

  it('stops the box at the first block that is not a box paragraph', () => {
    const doc = {
      type: 'doc',
      content: [
        heading(2, 'Summary'),
        paragraph(text('Short.')),
        numbered(1, text('Introduction')),
        paragraph(text('Body.')),
      ],
    };
    const { title, box, body } = frontMatter(doc);
    expect(title).toBeUndefined();
    expect(box).toHaveLength(1);
    expect(body).toHaveLength(2);
  });
});
