import * as Y from 'yjs';

/**
 * A block as a Yjs client writes it into the draft: an element `name` with `attributes`, holding
 * `text`. Attribute values are not checked: tests write unfit ones on purpose.
 */
export function xmlBlock(
  name: string,
  text: string,
  attributes: Readonly<Record<string, unknown>> = {},
): Y.XmlElement {
  const block = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attributes)) block.setAttribute(key, value as string);
  block.insert(0, [new Y.XmlText(text)]);
  return block;
}
