import type { NewEvent } from '../src/index.js';

/** A small JSON event carrying `text`, with `eventId` when a test needs to name it. */
export function note(text: string, eventId?: string): NewEvent {
  return { type: 'NoteAdded', data: { text }, ...(eventId ? { eventId } : {}) };
}
