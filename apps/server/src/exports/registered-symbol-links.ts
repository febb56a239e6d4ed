import type { TiptapNode } from '@rapporteur/diff';
import type { JSONContent } from '@tiptap/core';
import {
  documentHref,
  type ItuSymbol,
  type MeetingDocument,
  type ScheduledMeeting,
} from '@rapporteur/domain';
import { withSymbolLinks } from '../drafts/link-symbols.js';

/** The register's key for a symbol and revision, as the editor's decorations key it. */
const keyOf = (symbol: string, revision: number) => `${symbol.toUpperCase()} ${String(revision)}`;

/**
 * The document as exports print it: every symbol the meeting's register holds is a link to its
 * address from the meeting's link template, wherever the text cites it, typed in the editor or
 * imported (decision 47 linked only what the import had marked). A symbol the register does not
 * hold stays plain text, as the editor flags it; links already in the text and code are kept as
 * they are. The stored draft is not changed: the links follow the register and the template as
 * they are when the file is made.
 */
export function withRegisteredSymbolLinks(
  doc: TiptapNode,
  meeting: Pick<ScheduledMeeting, 'documents' | 'documentSettings'>,
): TiptapNode {
  const registered = new Map<string, MeetingDocument>();
  for (const document of meeting.documents.values()) {
    registered.set(keyOf(document.symbol, document.revision), document);
  }
  if (registered.size === 0) return doc;
  const template = meeting.documentSettings.linkTemplate;
  // The same JSON under two names: Tiptap's, mutable and loose, and the readers' own.
  const linked = withSymbolLinks(doc as JSONContent, (symbol: ItuSymbol) => {
    const document = registered.get(keyOf(symbol.base, symbol.revision));
    return document === undefined ? undefined : documentHref(template, document);
  });
  return linked as TiptapNode;
}
