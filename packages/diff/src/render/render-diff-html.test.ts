import { describe, expect, it } from 'vitest';

import { doc, editedSummary, numbered, paragraph } from '../../testing/index.js';
import { diffDocuments } from '../diff/diff-documents.js';
import { renderDiffHtml } from './render-diff-html.js';

const edited = editedSummary();
const summaryDiff = diffDocuments(edited.before, edited.after);

describe('renderDiffHtml', () => {
  it('escapes every text, so that a script typed into a paragraph stays text', () => {
    const before = doc([
      paragraph('The group noted <b>bold</b> & "quoted" proposals of the report.'),
    ]);
    const after = doc([
      paragraph('The group noted <script>alert("x")</script> & "quoted" proposals of the report.'),
    ]);
    const html = renderDiffHtml(diffDocuments({ doc: before }, { doc: after }));
    expect(html).not.toMatch(/<script|<b>/);
    expect(html).toContain(
      '<p class="diff-block changed">The group noted &lt;<del>b</del><ins>script</ins>&gt;<del>bold</del><ins>alert(&quot;x&quot;)</ins>&lt;/<del>b</del><ins>script</ins>&gt; &amp; &quot;quoted&quot; proposals',
    );
  });

  it('escapes names, block types and removed text too', () => {
    const before = doc([
      { type: 'x"><img src=x onerror=alert(1)>', content: [paragraph('a <i>')] },
    ]);
    const after = doc([paragraph('b')]);
    const diff = diffDocuments(
      { doc: before, authors: [{ length: 6, author: 'eve' }] },
      { doc: after, authors: [{ length: 1, author: 'eve' }] },
    );
    const html = renderDiffHtml(diff, { names: new Map([['eve', 'Eve "<img>"']]) });
    expect(html).not.toMatch(/<img|<i>|onerror=alert\(1\)>/);
    expect(html).toContain('data-type="x&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
    expect(html).toContain('title="Removed by Eve &quot;&lt;img&gt;&quot;"');
  });

  it('shows inserted and deleted words in <ins> and <del>, titled with the names of who did it', () => {
    const html = renderDiffHtml(summaryDiff, { names: new Map([['ana', 'Ana Silva']]) });
    expect(html).toContain(
      'twenty-<del title="Deleted by Ana Silva">second</del><ins title="Inserted by Ana Silva">third</ins>',
    );
    expect(html).toContain(
      '<p class="diff-block changed numbered-paragraph" data-level="3"><span class="paragraph-number">4.2.1.</span> Dr Peter Major',
    );
  });

  it('marks moved blocks and says where from', () => {
    const html = renderDiffHtml(summaryDiff);
    expect(html).toContain(
      '<p class="diff-block moved numbered-paragraph" data-level="2"><span class="diff-note">moved from §8.9</span> <span class="paragraph-number">8.11.</span> World Telecommunication',
    );
  });

  it('wraps added and removed blocks whole, and shows unchanged ones plainly with their numbers', () => {
    const html = renderDiffHtml(summaryDiff, { names: new Map([['ben', 'Ben']]) });
    expect(html).toContain(
      '<ins class="added-block" title="Added by Ben"><h2 class="diff-block added numbered-paragraph" data-level="1"><span class="paragraph-number">9.</span> Date of the next meeting</h2></ins>',
    );
    expect(html).toContain(
      '<h2 class="diff-block unchanged numbered-paragraph" data-level="1"><span class="paragraph-number">1.</span> Introduction</h2>',
    );
    expect(html).toContain(
      '<span class="paragraph-number" title="previously 9.">10.</span> ITU’s activities in relation',
    );
    const removed = diffDocuments({ doc: doc([paragraph('Gone.')]) }, { doc: doc([]) });
    expect(renderDiffHtml(removed)).toBe(
      '<div class="document-diff">\n<del class="removed-block"><p class="diff-block removed">Gone.</p></del>\n</div>',
    );
  });

  it('notes a change of level, which has no words to show', () => {
    const diff = diffDocuments(
      { doc: doc([numbered(1, 'One'), numbered(2, 'Scope')]) },
      { doc: doc([numbered(1, 'One'), numbered(3, 'Scope')]) },
    );
    expect(renderDiffHtml(diff)).toContain(
      '<p class="diff-block changed numbered-paragraph" data-level="3"><span class="diff-note">level or type changed</span> <span class="paragraph-number" title="previously 1.1.">1.0.1.</span> Scope</p>',
    );
  });

  it('shows line breaks as <br>, except in code, which keeps them', () => {
    const after = doc([
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'a' }, { type: 'hardBreak' }, { type: 'text', text: 'b' }],
      },
      { type: 'codeBlock', content: [{ type: 'text', text: 'x\ny' }] },
      { type: 'horizontalRule' },
    ]);
    expect(renderDiffHtml(diffDocuments({ doc: after }, { doc: after }))).toBe(
      [
        '<div class="document-diff">',
        '<p class="diff-block unchanged">a<br>b</p>',
        '<pre class="diff-block unchanged">x\ny</pre>',
        '<hr class="diff-block unchanged">',
        '</div>',
      ].join('\n'),
    );
  });
});
