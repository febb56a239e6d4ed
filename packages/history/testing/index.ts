// Test helpers of @rapporteur/history (the `./testing` entry): scripted people writing a draft
// the way the editor and the server store it, and random sessions for property tests.
export { blockTexts, ScriptedDraft, Writer, type Person } from './scripted-draft.js';
export { play, steps, type Step } from './random-script.js';
export { checkPlayedDraft, type PlayedDraft } from './played-draft.js';
