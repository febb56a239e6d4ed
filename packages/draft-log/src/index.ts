export { ClientOwners } from './client-owners.js';
export {
  applyStoredUpdates,
  DRAFT_UPDATED,
  draftStream,
  loadDraft,
  writeSnapshot,
  type LoadedDraft,
} from './load-draft.js';
