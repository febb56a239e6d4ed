import { NUMBERED_PARAGRAPH, paragraphNumbers } from '@rapporteur/editor-schema';
import * as Y from 'yjs';

/**
 * The section label of every living top-level block of the fragment, keyed by the block's
 * item: a numbered paragraph's own number ('8.4.3.'), any other block that of the nearest
 * numbered paragraph above it, or null above the first one. Numbers come from
 * `paragraphNumbers`, the only numbering code, so they match what the editor shows.
 */
export function sectionLabels(fragment: Y.XmlFragment): Map<Y.Item, string | null> {
  const blocks: { item: Y.Item; level: number | undefined }[] = [];
  for (let item = fragment._start; item !== null; item = item.right) {
    if (item.deleted || !(item.content instanceof Y.ContentType)) continue;
    const type = item.content.type;
    const numbered = type instanceof Y.XmlElement && type.nodeName === NUMBERED_PARAGRAPH;
    blocks.push({ item, level: numbered ? Number(type.getAttribute('level') ?? 1) : undefined });
  }
  const numbers = paragraphNumbers(
    blocks.flatMap(({ level }) => (level === undefined ? [] : [level])),
  );
  const labels = new Map<Y.Item, string | null>();
  let current: string | null = null;
  let next = 0;
  for (const { item, level } of blocks) {
    if (level !== undefined) current = numbers[next++] ?? null;
    labels.set(item, current);
  }
  return labels;
}
