import { describe, expect, it } from 'vitest';

import { validateDocument } from '../schema/validate-document.js';
import { importDocument } from './import-document.js';

const markdown = (source: string) => importDocument(source, { format: 'markdown' });
const text = (value: string) => ({ type: 'text', text: value });

describe('importing Markdown', () => {
  it('reads # as the title, ## as headings and blank-line separated paragraphs', () => {
    const result = markdown(
      '# SUMMARY OF THE 34th MEETING\n\n## Summary\n\nThis report highlights\nthe main outcomes.\n\nAnother paragraph.',
    );
    expect(result.title).toBe('SUMMARY OF THE 34th MEETING');
    expect(result.doc).toEqual({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [text('SUMMARY OF THE 34th MEETING')] },
        { type: 'heading', attrs: { level: 2 }, content: [text('Summary')] },
        { type: 'paragraph', content: [text('This report highlights the main outcomes.')] },
        { type: 'paragraph', content: [text('Another paragraph.')] },
      ],
    });
    expect(result.warnings).toEqual([]);
  });

  it('reads numbered lines and numbered headings as numbered paragraphs, never as ordered lists', () => {
    const result = markdown(
      '# T\n\n## 1. Introduction\n\n1.1. The group **noted**\nthe report.\n1.2. Second\n\n2. Next',
    );
    expect(result.doc.content?.slice(1)).toEqual([
      { type: 'numberedParagraph', attrs: { level: 1 }, content: [text('Introduction')] },
      {
        type: 'numberedParagraph',
        attrs: { level: 2 },
        content: [
          text('The group '),
          { ...text('noted'), marks: [{ type: 'bold' }] },
          text(' the report.'),
        ],
      },
      { type: 'numberedParagraph', attrs: { level: 2 }, content: [text('Second')] },
      { type: 'numberedParagraph', attrs: { level: 1 }, content: [text('Next')] },
    ]);
  });

  it('reads - bullets as one list, continuation lines included', () => {
    const result = markdown(
      '# T\n\nCalls for action:\n- Official submissions\n  by 3 February 2020\n- Photo contest\n* Special tracks\n\nAfter.',
    );
    const item = (value: string) => ({
      type: 'listItem',
      content: [{ type: 'paragraph', content: [text(value)] }],
    });
    expect(result.doc.content?.slice(1)).toEqual([
      { type: 'paragraph', content: [text('Calls for action:')] },
      {
        type: 'bulletList',
        content: [
          item('Official submissions by 3 February 2020'),
          item('Photo contest'),
          item('Special tracks'),
        ],
      },
      { type: 'paragraph', content: [text('After.')] },
    ]);
  });

  it('keeps links and emphasis in headings and list items', () => {
    const result = markdown('# The *34th* meeting\n\n- see [WSIS](https://www.wsis.org)');
    expect(result.title).toBe('The 34th meeting');
    expect(validateDocument(result.doc)).toEqual({ ok: true });
    expect(JSON.stringify(result.doc)).toContain('"href":"https://www.wsis.org"');
  });

  it('warns with the line of a dropped link and of a renumbered paragraph', () => {
    const result = markdown('# T\n\n1. One\n\n3. Three [x](javascript:alert)');
    expect(result.warnings).toEqual([
      'line 5: the link to "javascript:alert" is not a web or mail address; kept its text only',
      'line 5: typed "3." but its computed number is "2."',
    ]);
  });

  it('says when there is no # title', () => {
    const result = markdown('## Only a section\n\nText.');
    expect(result.title).toBe('');
    expect(result.warnings).toEqual([
      'the Markdown has no "# " heading, so the document has no title',
    ]);
  });

  it('produces documents that fit the schema', () => {
    const result = markdown(
      '# T\n\n## 4.2.1. Deep heading\n\n- a\n- **b**\n\n8.2.1.1. to provide information\n\n#### Small heading',
    );
    expect(validateDocument(result.doc)).toEqual({ ok: true });
  });
});
