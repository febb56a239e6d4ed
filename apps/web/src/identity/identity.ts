/** Who this browser is, until accounts exist: a display name typed once, and its colour. */
export interface Identity {
  readonly name: string;
  readonly color: string;
}

const STORAGE_KEY = 'rapporteur.displayName';

/** The longest name the server keeps (it truncates there); the dialog stops typing at it. */
export const MAX_NAME_LENGTH = 80;

/**
 * Caret and presence colours: distinct from each other at a glance, dark enough for white label
 * text (WCAG AA at 12px bold), and none of them the red or green of the status lights.
 */
export const PALETTE = [
  '#2f6fdb',
  '#b4446c',
  '#7a4fd1',
  '#0f7c80',
  '#c25a12',
  '#5b6b1f',
  '#9a3ea8',
  '#1f7a4a',
  '#a23b3b',
  '#2d5f8a',
] as const;

/** Trims and collapses spaces; an empty result means there is no usable name. */
export function normaliseName(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);
}

/** The same name always gets the same colour, in every browser (FNV-1a over its characters). */
export function colorForName(name: string): string {
  let hash = 0x811c9dc5;
  for (const char of name.toLowerCase()) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return PALETTE[hash % PALETTE.length] ?? PALETTE[0];
}

export function identityFor(name: string): Identity {
  return { name, color: colorForName(name) };
}

/** The identity kept on this device, if a name was given before. */
export function loadIdentity(
  storage: Pick<Storage, 'getItem'> = localStorage,
): Identity | undefined {
  let stored: string | null;
  try {
    stored = storage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be disabled (privacy settings): the person is simply asked again.
    return undefined;
  }
  const name = normaliseName(stored ?? '');
  return name === '' ? undefined : identityFor(name);
}

export function saveIdentity(
  identity: Identity,
  storage: Pick<Storage, 'setItem'> = localStorage,
): void {
  try {
    storage.setItem(STORAGE_KEY, identity.name);
  } catch {
    // Not kept across visits then; this visit still works.
  }
}

/** "Ana María Pérez" -> "AP", "Secretariat (Ana)" -> "SA": for the avatars beside names. */
export function initialsOf(name: string): string {
  const words = name
    .split(' ')
    .map((word) => word.replace(/^[^\p{L}\p{N}]+/u, ''))
    .filter((word) => word !== '');
  const first = words[0]?.[0] ?? '?';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}
