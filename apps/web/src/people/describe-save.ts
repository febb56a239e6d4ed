import type { ConnectionState } from '../collab/connection-tracker.js';
import type { SaveProgress } from '../collab/save-tracker.js';

/** The save indicator's words and tone; `kind` drives its icon and colour. */
export interface SaveStatus {
  readonly kind: 'saved' | 'saving' | 'offline' | 'refused' | 'reading';
  readonly label: string;
  readonly detail: string | undefined;
}

function changes(count: number): string {
  return `${count.toLocaleString('en-GB')} unsaved ${count === 1 ? 'change' : 'changes'}`;
}

/**
 * "Saved" only when the server has acknowledged everything this browser wrote as durable;
 * "Saving…" while it is on its way; "Offline: N unsaved changes" while there is no server to
 * send it to (the edits are kept here and sent on reconnecting). Someone who may only read is
 * told so instead: there is nothing of theirs to save.
 */
export function describeSave(
  progress: SaveProgress,
  connection: ConnectionState,
  { canEdit = true }: { readonly canEdit?: boolean } = {},
): SaveStatus {
  const { unsaved, refused } = progress;
  if (refused !== undefined) {
    return { kind: 'refused', label: `Not saved: ${changes(unsaved)}`, detail: refused };
  }
  if (!canEdit && unsaved === 0) {
    return {
      kind: 'reading',
      label: 'Read only',
      detail: 'You follow the draft live as the others write it.',
    };
  }
  if (unsaved === 0) {
    return {
      kind: 'saved',
      label: 'Saved',
      detail: 'Every change you made is stored on the server.',
    };
  }
  switch (connection.kind) {
    case 'connected':
      return { kind: 'saving', label: 'Saving…', detail: undefined };
    case 'connecting':
    case 'reconnecting':
    case 'offline':
      return {
        kind: 'offline',
        label: `Offline: ${changes(unsaved)}`,
        detail: 'Kept in this tab and sent as soon as the connection is back. Keep this tab open.',
      };
    case 'closed':
      return {
        kind: 'refused',
        label: `Not saved: ${changes(unsaved)}`,
        detail: connection.reason,
      };
  }
}
