/**
 * The draft's numbered paragraphs and its last block, read off the HTML that
 * `GET /api/meetings/{id}/draft` answers. The bench may not import the editor schema (decision
 * 35), and the HTML carries the numbers exactly as the editor shows them, which is what the API
 * takes: `<p class="numbered-paragraph"><span class="paragraph-number">4.2.1.</span> text</p>`.
 */
export interface NumberedParagraph {
  /** '4.2.1': as the API takes it, without the final dot. */
  readonly number: string;
  /**
   * The paragraph's text, one entry per line: a quote must lie inside one line (one Y.XmlText),
   * and a line break (`<br>`) separates two.
   */
  readonly lines: readonly string[];
}

const NUMBERED =
  /<(h\d|p)\b[^>]*class="numbered-paragraph"[^>]*><span class="paragraph-number">([^<]*)<\/span>\s?([\s\S]*?)<\/\1>/g;
const BLOCK = /<(h\d|p)\b[^>]*>([\s\S]*?)<\/\1>/g;
const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&nbsp;': '\u00a0',
};

export function numberedParagraphs(html: string): NumberedParagraph[] {
  const paragraphs = [...html.matchAll(NUMBERED)].map(([, , number = '', inner = '']) => ({
    number: number.trim().replace(/\.$/, ''),
    lines: inner.split(/<br\s*\/?>/).map(textOf),
  }));
  if (paragraphs.length === 0)
    throw new Error('The draft has no numbered paragraphs: was the fixture imported?');
  return paragraphs;
}

/** The text of the draft's last block: there once the editor shows the whole draft. */
export function lastBlockText(html: string): string {
  const text = textOf([...html.matchAll(BLOCK)].at(-1)?.[2] ?? '').trim();
  if (text === '') throw new Error('The draft’s last block has no text to wait for.');
  return text;
}

function textOf(inner: string): string {
  return inner
    .replace(/<[^>]+>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (entity) => ENTITIES[entity] ?? entity);
}
