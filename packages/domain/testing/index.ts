// Test helpers of @rapporteur/domain, for its own tests and for packages that drive its deciders.
// Every module here is a test helper through and through, so the entry offers each whole.
export * from './decider-specification.js';
export * from './given.js';
export * from './meeting-fixtures.js';
export * from './meeting-commands.js';
export * from './version-fixtures.js';
export * from './version-commands.js';
export * from './version-stages.js';
export * from './review-fixtures.js';
export * from './review-commands.js';
