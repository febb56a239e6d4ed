import { describe, expect, it } from 'vitest';

import {
  exampleCover,
  FINGERPRINT,
  link,
  numberedParagraphs,
  paragraph,
  richDocument,
  summaryDocument,
} from '../../testing/index.js';
import { exportHtml } from './export-html.js';

/** The page's text with tags removed and entities of the escaped characters decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&nbsp;', '\u00a0')
    .replaceAll('&amp;', '&');
}

describe('exportHtml of the ITU summary', () => {
  const doc = summaryDocument();
  const html = exportHtml(doc, exampleCover());

  it('is a complete HTML5 page that allows no script', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;`,
    );
    expect(html).toContain(
      '<title>S19-CWGWSIS34-C-0001 Rev.1 – Council Working Group on WSIS &amp; SDG, 34th meeting</title>',
    );
    expect(html).toMatch(/@page \{ size: A4; margin: [^}]+\}/);
    expect(html).toContain('@media print');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('shows every numbered paragraph with its computed number, in order', () => {
    const text = visibleText(html);
    let from = 0;
    for (const { number, text: paragraphText } of numberedParagraphs(doc)) {
      const at = text.indexOf(`${number} ${paragraphText}`, from);
      expect(at, `${number} ${paragraphText.slice(0, 40)}`).toBeGreaterThanOrEqual(from);
      from = at;
    }
    expect(html).toContain(
      '<span class="paragraph-number">8.2.1.1.</span> to provide information on the implementation of activities that have already expired',
    );
  });

  it('puts the cover in a boxed header, the fingerprint in full in its monospace block', () => {
    const header = /<header class="cover">[\s\S]*?<\/header>/.exec(html)?.[0] ?? '';
    expect(header).toContain('<span class="document-label">S19-CWGWSIS34-C-0001 Rev.1</span>');
    expect(header).toContain('<dt>Status</dt><dd>Approved</dd>');
    expect(header).toContain('<dt>Approved by</dt><dd>Vladimir Minkin</dd>');
    expect(header).toContain(`<dt>Fingerprint</dt><dd class="fingerprint">${FINGERPRINT}</dd>`);
    expect(html).toMatch(/\.fingerprint \{[^}]*monospace[^}]*word-break: break-all/);
  });
});

describe('exportHtml and hostile input', () => {
  it('escapes a script in a cover field and in the text', () => {
    const html = exportHtml(
      richDocument(),
      exampleCover({
        meetingTitle: '<script>alert("title")</script>',
        status: '<img src=x onerror=alert(1)>',
        documentLabel: '"><script>alert(2)</script>',
      }),
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;');
    expect(html).toContain('<dt>Status</dt><dd>&lt;img src=x onerror=alert(1)&gt;</dd>');
    expect(html).toContain(
      'A delegate wrote &lt;script&gt;alert("x")&lt;/script&gt; &amp; *stars*',
    );
  });

  it('keeps links only to web and mail addresses, never a javascript: href', () => {
    const doc = {
      type: 'doc',
      content: [
        paragraph(
          link('site', 'https://www.itu.int/'),
          link(' mail', 'mailto:wsis@itu.int'),
          link(' script', 'javascript:alert(1)'),
          link(' spaced', ' JAVASCRIPT:alert(1)'),
          link(' data', 'data:text/html,x'),
          link(' phone', 'tel:+41227305111'),
          link(' relative', '/meetings/34'),
        ),
      ],
    };
    const html = exportHtml(doc, exampleCover());
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    expect(hrefs).toEqual(['https://www.itu.int/', 'mailto:wsis@itu.int']);
    expect(html).not.toMatch(/javascript:/i);
    expect(visibleText(html)).toContain('site mail script spaced data phone relative');
  });

  it('refuses a document that does not fit the schema, saying why', () => {
    expect(() =>
      exportHtml({ type: 'doc', content: [{ type: 'section' }] }, exampleCover()),
    ).toThrow(/exportHtml: .*unknown node type "section"/);
  });
});
