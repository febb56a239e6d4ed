// Test helpers of @rapporteur/domain, for its own tests and for packages that drive its deciders.
export { specFor, type Given, type Outcome } from './decider-specification.js';
export { given } from './given.js';
export {
  admin,
  as,
  AT,
  invited,
  people,
  recorded,
  removed,
  roleChanged,
  scheduled,
  withSecretariat,
} from './meeting-fixtures.js';
export { changeRole, invite, remove } from './meeting-commands.js';
export {
  approvedVersion,
  changesRequested,
  draftFrozen,
  draftReopened,
  holding,
  secondViceChair,
  team,
  versionApproved,
  versionAt,
  versionEndorsed,
  versionNamed,
  versionSubmitted,
  type VersionDetails,
} from './version-fixtures.js';
export {
  approveVersion,
  endorseVersion,
  freezeDraft,
  nameVersion,
  reopenDraft,
  requestChanges,
  submitVersion,
} from './version-commands.js';
export { stagesOf, type VersionStages } from './version-stages.js';
