import type { TiptapNode } from '@rapporteur/diff';
import type { IParagraphOptions } from 'docx';

import {
  plainStyle,
  textParagraph,
  type BlockContext,
  type BodyElement,
} from './docx-paragraph.js';
import { BULLET_LIST, CM, listDefinition } from './docx-styles.js';

type ListMembership = NonNullable<IParagraphOptions['numbering']>;

/** How deep the list is, and how to write a block of an item that is neither text nor a list. */
export interface ListPlace {
  readonly depth: number;
  readonly otherBlock: (node: TiptapNode, context: BlockContext) => BodyElement[];
}

/**
 * A bullet or ordered list as Word list paragraphs: an item's first paragraph carries the
 * marker, its other paragraphs line up with the item's text, a nested list goes one level
 * deeper (Word has nine). Each ordered list is a numbering instance of its own, so it counts
 * from its own `start` rather than on from the list before it.
 */
export function listParagraphs(
  list: TiptapNode,
  context: BlockContext,
  place: ListPlace,
): BodyElement[] {
  const level = Math.min(place.depth, 8);
  const start = typeof list.attrs?.['start'] === 'number' ? list.attrs['start'] : 1;
  const membership: ListMembership =
    list.type === 'bulletList'
      ? { reference: BULLET_LIST, level }
      : {
          reference: listDefinition('ordered', start),
          level,
          instance: context.nextListInstance(),
        };
  return (list.content ?? []).flatMap((item) =>
    (item.content ?? []).flatMap((child, index): BodyElement[] => {
      if (child.type === 'bulletList' || child.type === 'orderedList') {
        return listParagraphs(child, context, { ...place, depth: place.depth + 1 });
      }
      if (child.type !== 'paragraph') return place.otherBlock(child, context);
      const options =
        index === 0 ? { numbering: membership } : { indent: { left: CM * (level + 1) } };
      return [textParagraph(child, context, { ...plainStyle(context), ...options })];
    }),
  );
}
