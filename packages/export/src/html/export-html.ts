import type { TiptapNode } from '@rapporteur/diff';
import { footnotesSection, renderHtml } from '@rapporteur/editor-schema';

import {
  approvalRecord,
  coverLanguage,
  coverSymbol,
  originalLine,
  type ExportCover,
} from '../cover/export-cover.js';
import { humanTime, longDate } from '../cover/human-dates.js';
import { frontMatter, type FrontMatter } from '../document/front-matter.js';
import { exportableDocument } from '../document/exportable-document.js';
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
 * The document as a standalone, printable HTML5 page in the ITU summary layout: the group and
 * the symbol, the long date and "Original: English", the title, the boxed Summary / Action
 * required / References, the body rendered by editor-schema's renderHtml (numbers as text,
 * every text escaped), the footnotes as superscript numbers linked to a notes list after the
 * body, a closing approval line with the short fingerprint; the full
 * fingerprint and approval record in meta tags, the draft's language as `lang`. Links are kept
 * only to web and mail addresses, and a Content-Security-Policy allows no script.
 * Throws a RangeError for a document that does not fit the schema.
 */
export function exportHtml(stored: TiptapNode, cover: ExportCover): string {
  const doc = exportableDocument(stored, 'exportHtml');
  const safe = withSafeLinks(doc);
  const front = frontMatter(safe);
  // The title and the box hold no numbered paragraph, so the body alone numbers as the whole.
  // The parts share one notes list, numbered on from the title to the body, written after it.
  const footnotes: string[] = [];
  const render = (content: readonly TiptapNode[]) =>
    renderHtml({ type: 'doc', content: [...content] } as RenderableJson, { footnotes });
  const title = `${coverSymbol(cover)} – ${cover.meetingTitle}`;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(coverLanguage(cover))}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
${metaTags(cover)}
<title>${escapeHtml(title)}</title>
<style>${PRINT_STYLESHEET}</style>
</head>
<body>
<div class="page">
${ituHeader(cover)}
<main class="document">
${front.title === undefined ? '' : render([front.title])}
${front.box.length === 0 ? '' : ituBox(front, render)}
${render(front.body)}
${footnotesSection(footnotes)}
</main>
<footer class="closing">${escapeHtml(approvalRecord(cover, 'short'))}</footer>
</div>
</body>
</html>
`;
}

/** The record a reader's tools can find: the full fingerprint, the approval, the log head. */
function metaTags(cover: ExportCover): string {
  const tags: [string, string | undefined][] = [
    ['description', approvalRecord(cover, 'full')],
    ['rapporteur:fingerprint', cover.fingerprint],
    ['rapporteur:status', cover.status],
    ['rapporteur:version', cover.versionName],
    ['rapporteur:draft-revision', String(cover.draftRevision)],
    ['rapporteur:approved-by', cover.approvedBy],
    [
      'rapporteur:approved-at',
      cover.approvedAt === undefined ? undefined : humanTime(cover.approvedAt, cover.timeZone),
    ],
    ['rapporteur:log-head', cover.logHead],
  ];
  return tags
    .filter((tag): tag is [string, string] => tag[1] !== undefined)
    .map(([name, content]) => `<meta name="${name}" content="${escapeHtml(content)}">`)
    .join('\n');
}

function ituHeader(cover: ExportCover): string {
  return `<header class="itu-head">
<p class="meeting">${escapeHtml(cover.meetingTitle)}</p>
<p class="symbol">Document <span class="document-symbol">${escapeHtml(coverSymbol(cover))}</span></p>
<p class="date">${escapeHtml(longDate(cover.meetingDate))}</p>
<p class="original">${escapeHtml(originalLine(cover))}</p>
</header>`;
}

function ituBox(front: FrontMatter, render: (content: readonly TiptapNode[]) => string): string {
  const sections = front.box
    .map(
      (section) =>
        `<section><h2 class="box-label">${escapeHtml(section.label)}</h2>\n${render(section.blocks)}</section>`,
    )
    .join('\n');
  return `<div class="itu-box">\n${sections}\n</div>`;
}
