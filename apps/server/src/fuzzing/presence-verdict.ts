import type { TestClient } from '../testing/collab-client.js';

/** A person as the server knows them: presence must show exactly this. */
export interface Identity {
  readonly name: string;
  readonly role: string;
}

/**
 * Why the honest clients' presence is not what it must be, or undefined: each sees every other
 * honest client's presence, under that person's name and role, at its latest `round` (so that
 * nobody took it over, removed it, or locked it with a huge clock), and every presence anyone
 * shows carries a real participant's name and role (no forged identity got through).
 */
export function presenceProblem(
  clients: readonly TestClient[],
  expected: {
    readonly identities: readonly Identity[];
    readonly participants: readonly Identity[];
    readonly round: number;
  },
): string | undefined {
  for (const [index, observer] of clients.entries()) {
    const states = observer.provider.awareness.getStates();
    for (const [other, client] of clients.entries()) {
      if (other === index) continue;
      const state = states.get(client.doc.clientID);
      const identity = expected.identities[other];
      if (state === undefined) return `typist ${index} does not see typist ${other}'s presence`;
      const shown = identityOf(state);
      if (shown?.name !== identity?.name || shown?.role !== identity?.role)
        return `typist ${index} sees typist ${other} as ${JSON.stringify(state['user'])}`;
      if (state['round'] !== expected.round)
        return `typist ${index} sees typist ${other} at round ${String(state['round'])}, not ${expected.round}`;
    }
    for (const [client, state] of states) {
      if (client === observer.doc.clientID) continue;
      const shown = identityOf(state);
      const real = expected.participants.some(
        (person) => person.name === shown?.name && person.role === shown.role,
      );
      if (!real)
        return `typist ${index} shows presence ${client} as ${JSON.stringify(state['user'])}`;
    }
  }
  return undefined;
}

function identityOf(state: Record<string, unknown>): Identity | undefined {
  const user = state['user'];
  if (typeof user !== 'object' || user === null) return undefined;
  const { name, role } = user as Record<string, unknown>;
  return typeof name === 'string' && typeof role === 'string' ? { name, role } : undefined;
}
