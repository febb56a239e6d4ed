import { isRole, type Role } from '@rapporteur/domain';
import type { WebsocketProvider } from 'y-websocket';

import { createStore, type ReadableStore } from './store.js';

/**
 * Someone with the draft open, as their browser announces it over awareness; the server replaces
 * the name and role with the person's own (decision 24), so only colour and cursor are theirs.
 */
export interface Person {
  readonly clientId: number;
  readonly name: string;
  readonly color: string;
  /** Their role in this meeting, as the server knows it; undefined when it names no known role. */
  readonly role: Role | undefined;
  readonly isYou: boolean;
}

export interface PresenceTracker extends ReadableStore<readonly Person[]> {
  readonly destroy: () => void;
}

type Awareness = WebsocketProvider['awareness'];

const FALLBACK_COLOR = '#6b7280';

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 80) : fallback;
}

// Awareness states come from other browsers: read them as untrusted input.
function personOf(
  clientId: number,
  state: Record<string, unknown>,
  you: number,
): Person | undefined {
  const user: unknown = state['user'];
  if (typeof user !== 'object' || user === null) return undefined;
  const fields = user as Record<string, unknown>;
  const color = text(fields['color'], FALLBACK_COLOR);
  return {
    clientId,
    name: text(fields['name'], 'Guest'),
    color: /^#[0-9a-f]{6}$/i.test(color) ? color : FALLBACK_COLOR,
    role: isRole(fields['role']) ? fields['role'] : undefined,
    isYou: clientId === you,
  };
}

const samePeople = (a: readonly Person[], b: readonly Person[]): boolean =>
  a.length === b.length &&
  a.every((person, index) => {
    const other = b[index];
    return (
      other !== undefined &&
      person.clientId === other.clientId &&
      person.name === other.name &&
      person.color === other.color &&
      person.role === other.role &&
      person.isYou === other.isYou
    );
  });

/** The people in the draft: you first, then everyone else by name. */
export function trackPresence(awareness: Awareness): PresenceTracker {
  const store = createStore<readonly Person[]>([], samePeople);
  const recompute = (): void => {
    const people: Person[] = [];
    for (const [clientId, state] of awareness.getStates()) {
      const person = personOf(clientId, state, awareness.clientID);
      if (person !== undefined) people.push(person);
    }
    people.sort(
      (a, b) =>
        Number(b.isYou) - Number(a.isYou) ||
        a.name.localeCompare(b.name) ||
        a.clientId - b.clientId,
    );
    store.set(people);
  };
  // 'change' fires on joins, leaves and state changes, not on the 15-second keep-alives.
  awareness.on('change', recompute);
  recompute();
  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    destroy() {
      awareness.off('change', recompute);
    },
  };
}
