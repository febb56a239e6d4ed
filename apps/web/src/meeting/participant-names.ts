import type { Participant } from './meeting-api.js';

/** A person's name as the meeting's roster gives it, for the steps and seals that name ids. */
export type NameOf = (personId: string) => string;

/**
 * Names from the roster. Someone removed since is "a former participant", as the history says;
 * the server's own actors (the demo import, 'system:…') are Rapporteur itself.
 */
export function participantNames(participants: readonly Participant[]): NameOf {
  const names = new Map(participants.map((person) => [person.personId, person.name]));
  return (personId) =>
    names.get(personId) ?? (personId.startsWith('system:') ? 'Rapporteur' : 'a former participant');
}
