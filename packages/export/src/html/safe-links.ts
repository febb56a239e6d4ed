import type { TiptapNode } from '@rapporteur/diff';

import { safeHref } from '../document/safe-href.js';

type Mark = NonNullable<TiptapNode['marks']>[number];

/**
 * A copy of the document whose links keep only a web or mail address (see safeHref) and no
 * other attribute. renderHtml itself empties a javascript: href but keeps ftp:, tel: and
 * relative ones, and an `<a href="">` would still be a link to the page: here an unsafe link
 * loses its mark and its text stays as text.
 */
export function withSafeLinks(node: TiptapNode): TiptapNode {
  const marks = node.marks?.flatMap((mark): Mark[] => {
    if (mark.type !== 'link') return [mark];
    const href = safeHref(mark.attrs?.['href']);
    return href === undefined ? [] : [{ type: 'link', attrs: { href } }];
  });
  return {
    ...node,
    ...(marks === undefined ? {} : { marks }),
    ...(node.content === undefined ? {} : { content: node.content.map(withSafeLinks) }),
  };
}
