import type { TiptapNode } from '@rapporteur/diff';
import { renderHtml } from '@rapporteur/editor-schema';

import { coverFields, type ExportCover } from '../cover/export-cover.js';
import { assertExportable } from '../document/exportable-document.js';
import { escapeHtml } from './escape-html.js';
import { PRINT_STYLESHEET } from './print-stylesheet.js';
import { withSafeLinks } from './safe-links.js';

type RenderableJson = Parameters<typeof renderHtml>[0];

// The page runs no script and loads nothing: it is opened from a disk or a mail, far from the
// app, and a hostile text in the document must stay text. Only the inline stylesheet and data:
// images are allowed; base-uri and form-action are not covered by default-src.
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * The document as a standalone, printable HTML5 page: the cover as a boxed header, the body
 * rendered by editor-schema's renderHtml (numbers as text, every text escaped), links kept only
 * to web and mail addresses, every cover field escaped, and a Content-Security-Policy that
 * allows no script. Throws a RangeError for a document that does not fit the schema.
 */
export function exportHtml(doc: TiptapNode, cover: ExportCover): string {
  assertExportable(doc, 'exportHtml');
  const body = renderHtml(withSafeLinks(doc) as RenderableJson);
  const title = `${cover.documentLabel} – ${cover.meetingTitle}`;
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${PRINT_STYLESHEET}</style>
</head>
<body>
<div class="page">
${coverHeader(cover)}
<main class="document">
${body}
</main>
</div>
</body>
</html>
`;
}

function coverHeader(cover: ExportCover): string {
  const fields = coverFields(cover)
    .map(({ label, value, monospace }) => {
      const className = monospace ? ' class="fingerprint"' : '';
      return `<dt>${escapeHtml(label)}</dt><dd${className}>${escapeHtml(value)}</dd>`;
    })
    .join('\n');
  return `<header class="cover">
<div class="cover-head"><p class="meeting">${escapeHtml(cover.meetingTitle)}</p><span class="document-label">${escapeHtml(cover.documentLabel)}</span></div>
<dl>
${fields}
</dl>
</header>`;
}
