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
    expect(
      html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">'),
    ).toBe(true);
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

  it('lays out the ITU cover: symbol, long date, "Original: English", title, the box', () => {
    const page = exportHtml(
      doc,
      exampleCover({ documentSymbol: 'CWG-WSIS&SDG-34/6', timeZone: 'Europe/Zurich' }),
    );
    const text = visibleText(page).replace(/\s+/g, ' ');
    expect(text).toContain(
      'Council Working Group on WSIS & SDG, 34th meeting Document CWG-WSIS&SDG-34/6 25 September 2019 Original: English SUMMARY OF THE 34th MEETING Summary This report highlights',
    );
    const box = /<div class="itu-box">[\s\S]*?<\/div>/.exec(page)?.[0] ?? '';
    expect([...box.matchAll(/<h2 class="box-label">([^<]+)<\/h2>/g)].map((m) => m[1])).toEqual([
      'Summary',
      'Action required',
      'References',
    ]);
    expect(box).toContain('To consider documents and prepare inputs');
    expect(text).toContain(
      'Approved by Vladimir Minkin on 26 September 2019, 12:15 CEST. Fingerprint 9f86d081884c…',
    );
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(text).not.toContain(FINGERPRINT);
  });

  it('keeps the full fingerprint and the approval record in the page’s metadata', () => {
    expect(html).toContain(`<meta name="rapporteur:fingerprint" content="${FINGERPRINT}">`);
    expect(html).toContain('<meta name="rapporteur:approved-by" content="Vladimir Minkin">');
    expect(html).toContain(
      '<meta name="rapporteur:approved-at" content="26 September 2019, 10:15 UTC">',
    );
    expect(html).toMatch(
      new RegExp(
        `<meta name="description" content="[^"]*Approved by Vladimir Minkin[^"]*${FINGERPRINT}`,
      ),
    );
  });

  it('names the draft’s language in lang and on the cover', () => {
    const french = exportHtml(doc, exampleCover({ language: 'fr' }));
    expect(french).toContain('<html lang="fr">');
    expect(french).toContain('<p class="original">Original: French</p>');
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
        language: '"><script>',
      }),
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;');
    expect(html).toContain(
      '<meta name="rapporteur:status" content="&lt;img src=x onerror=alert(1)&gt;">',
    );
    expect(html).toContain('&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
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
