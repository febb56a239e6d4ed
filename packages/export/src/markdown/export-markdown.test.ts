import type { TiptapNode } from '@rapporteur/diff';
import { importDocument } from '@rapporteur/editor-schema';
import { describe, expect, it } from 'vitest';

import {
  exampleCover,
  FINGERPRINT,
  numberedParagraphs,
  richDocument,
  summaryDocument,
} from '../../testing/index.js';
import { exportMarkdown } from './export-markdown.js';

/** Where each expected line is in the output; -1 for one that is missing. */
function positions(markdown: string, lines: readonly string[]): number[] {
  const all = markdown.split('\n');
  let from = 0;
  return lines.map((line) => {
    const at = all.indexOf(line, from);
    if (at >= 0) from = at + 1;
    return at;
  });
}

describe('exportMarkdown of the ITU summary', () => {
  const doc = summaryDocument();
  const markdown = exportMarkdown(doc, exampleCover());

  it('writes every numbered paragraph as its computed number and its text, in order', () => {
    const expected = numberedParagraphs(doc).map(({ number, text }) =>
      // Level 1 is a section heading; deeper levels are paragraphs starting with the number.
      number.split('.').length === 2 ? `## ${number} ${text}` : `${number} ${text}`,
    );
    expect(expected).toHaveLength(77);
    expect(positions(markdown, expected)).not.toContain(-1);
    expect(markdown).toContain(
      '\n8.2.1.1. to provide information on the implementation of activities that have already expired, by including a new section and linking them to previous reports.\n',
    );
  });

  it('starts with the cover: the meeting as title, then the label, status, approval, version, revision and the whole fingerprint', () => {
    expect(markdown.split('\n').slice(0, 11)).toEqual([
      '# Council Working Group on WSIS & SDG, 34th meeting',
      '',
      '- **Document:** S19-CWGWSIS34-C-0001 Rev.1',
      '- **Meeting date:** 25 September 2019',
      '- **Status:** Approved',
      '- **Approved by:** Vladimir Minkin',
      '- **Approved at:** 26 September 2019, 10:15 UTC',
      '- **Version:** Text approved by the Chairman',
      '- **Draft revision:** 1834',
      `- **Fingerprint:** \`${FINGERPRINT}\``,
      '',
    ]);
    expect(markdown).toContain('\n---\n\n# SUMMARY OF THE 34th MEETING\n\n## Summary\n');
  });

  it('reads back through Rapporteur’s own importer with the same numbered paragraphs', () => {
    const back = importDocument(markdown, { format: 'markdown' }).doc as TiptapNode;
    expect(numberedParagraphs(back)).toEqual(numberedParagraphs(doc));
  });
});

describe('exportMarkdown of every block and mark', () => {
  const markdown = exportMarkdown(richDocument(), exampleCover());

  it('writes marks, links, lists, tables, quotes and code as Markdown', () => {
    expect(markdown).toContain(
      '1.1. The Chairman **opened** the meeting and *welcomed* the group; see [the WSIS site](https://www.itu.int/net4/wsis/forum/).',
    );
    expect(markdown).toContain(
      '- Document C-0001 (agenda)\n- Document C-0002\n  3. third point\n  4. fourth point',
    );
    expect(markdown).toContain('| Symbol | Title |\n| --- | --- |\n| C-0001 | Agenda \\| draft |');
    expect(markdown).toContain('> The group thanked the secretariat.');
    expect(markdown).toContain('Run `rapporteur verify`, ~~struck~~ and underlined.');
    // The fence is longer than the run of backticks in the code.
    expect(markdown).toContain('````\nline one\nline ```two```\n````');
    expect(markdown).toContain('\n## 2. Closing\n\n2.1. The meeting closed at 17:30.\n');
  });

  it('escapes text so that it reads back as text', () => {
    expect(markdown).toContain(
      'A delegate wrote \\<script>alert("x")\\</script> & \\*stars\\* \\[1\\] #hash\\\n1\\. not a list',
    );
  });

  it('keeps a link only to a web or mail address', () => {
    expect(markdown).toContain('A hostile link click me');
    expect(markdown).not.toContain('javascript:');
  });

  it('escapes a cover field as text', () => {
    const hostile = exportMarkdown(
      richDocument(),
      exampleCover({ status: '**Approved** <script>x</script>', meetingTitle: 'CWG\n# 35' }),
    );
    expect(hostile).toContain('- **Status:** \\*\\*Approved\\*\\* \\<script>x\\</script>');
    expect(hostile.split('\n')[0]).toBe('# CWG # 35');
  });

  it('refuses a document that does not fit the schema, saying why', () => {
    expect(() =>
      exportMarkdown({ type: 'doc', content: [{ type: 'section' }] }, exampleCover()),
    ).toThrow(/exportMarkdown: .*unknown node type "section"/);
  });
});
