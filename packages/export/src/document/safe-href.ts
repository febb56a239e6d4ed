// The one place that decides which link targets leave Rapporteur. An export is opened far from
// the editor (a mail client, Word, a browser from the disk), so a link keeps only a web or mail
// address; anything else (javascript:, data:, file:, a relative path that means nothing
// outside the app) is dropped and its text stays as plain text.
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The link target to write, normalised by the URL parser (which also strips the tabs and
 * newlines a browser ignores, so "java\nscript:" is read as what it is), or undefined.
 *
 * @example safeHref('https://www.itu.int/wsis') // 'https://www.itu.int/wsis'
 * @example safeHref('javascript:alert(1)') // undefined
 */
export function safeHref(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  try {
    const url = new URL(href.trim());
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
