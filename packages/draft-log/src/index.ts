export { ClientOwners } from './client-owners.js';
export { DRAFT_UPDATED, draftStream } from './draft-stream.js';
export { applyStoredUpdates, loadDraft, type LoadedDraft } from './load-draft.js';
export { writeSnapshot } from './write-snapshot.js';
