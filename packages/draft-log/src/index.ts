export { ClientOwners } from './client-owners.js';
export { DRAFT_UPDATED, draftStream } from './draft-stream.js';
export { applyStoredUpdates, loadDraft, type LoadedDraft } from './load-draft.js';
export { writeSnapshot } from './write-snapshot.js';
export {
  draftOrigin,
  serverConnectionId,
  type DraftOrigin,
  type ServerOrigin,
} from './draft-origin.js';
