import * as Y from 'yjs';

/**
 * The Yjs update that writes `texts` (shared text name to its content) into an empty document,
 * as client `clientId` when given. Example: `textUpdate({ text: 'Stored before.' })`.
 */
export function textUpdate(texts: Readonly<Record<string, string>>, clientId?: number): Uint8Array {
  const doc = new Y.Doc();
  if (clientId !== undefined) doc.clientID = clientId;
  for (const [name, content] of Object.entries(texts)) doc.getText(name).insert(0, content);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
