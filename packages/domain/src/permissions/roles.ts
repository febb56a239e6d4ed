/** The roles a person can hold in one meeting, from the most to the least responsibility. */
export const ROLES = Object.freeze(['chair', 'vice-chair', 'secretariat', 'delegate'] as const);

/** A person's role in one meeting. Someone without a role is not a participant. */
export type Role = (typeof ROLES)[number];

const LABELS: { readonly [R in Role]: string } = {
  chair: 'Chair',
  'vice-chair': 'Vice-chair',
  secretariat: 'Secretariat',
  delegate: 'Delegate',
};

// How a sentence names one holder of the role: there is one chair and one secretariat (a team
// acting as one), but several vice-chairs and delegates.
const HOLDERS: { readonly [R in Role]: string } = {
  chair: 'the chair',
  'vice-chair': 'a vice-chair',
  secretariat: 'the secretariat',
  delegate: 'a delegate',
};

/** True when `value` is one of ROLES (for input arriving as an untyped string). */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The English label of a role, as a heading or a badge shows it: `'Vice-chair'`. */
export function describeRole(role: Role): string {
  return LABELS[role];
}

/** The role inside a sentence: `'the chair'`, `'a vice-chair'`. */
export function roleInSentence(role: Role): string {
  return HOLDERS[role];
}
