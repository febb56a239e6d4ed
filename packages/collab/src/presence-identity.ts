import type { Actor } from './collab-connection.js';

/**
 * A presence state with the sender's identity as the server knows it: `user.name` and
 * `user.role` are the authenticated person's, whatever the client wrote there; the rest (colour,
 * cursor) is the client's own. A state that is not an object carries nothing a client can show,
 * and becomes the identity alone. `null` (the client left) stays null.
 *
 * @example stampIdentity('{"user":{"name":"Demo Chair","role":"chair"}}', delegate)
 *          // '{"user":{"name":"Ana","role":"delegate"}}'
 */
export function stampIdentity(state: string, actor: Pick<Actor, 'name' | 'role'>): string {
  const parsed: unknown = JSON.parse(state);
  if (parsed === null) return state;
  const fields = isPlainObject(parsed) ? parsed : {};
  const user = isPlainObject(fields['user']) ? fields['user'] : {};
  return JSON.stringify({ ...fields, user: { ...user, name: actor.name, role: actor.role } });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
