import { can, describeRole, isRole, ROLES, roleInSentence, type Role } from '@rapporteur/domain';

// How a sentence names everyone holding a role, as a group: "the chair, vice-chairs and
// secretariat". Words only: who may do what is the domain's table, asked through can().
const GROUPS: { readonly [R in Role]: string } = {
  chair: 'chair',
  'vice-chair': 'vice-chairs',
  secretariat: 'secretariat',
  delegate: 'delegates',
};

function inWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** Whoever may edit, as a group: "the chair, vice-chairs and secretariat". */
export function editorsInWords(): string {
  return `the ${inWords(ROLES.filter((role) => can(role, 'edit')).map((role) => GROUPS[role]))}`;
}

/**
 * The banner over a draft this person may read but not edit:
 * "You are reading as a delegate: the chair, vice-chairs and secretariat edit this draft."
 */
export function readOnlyNotice(role: Role): string {
  return `You are reading as ${roleInSentence(role)}: ${editorsInWords()} edit this draft.`;
}

/** A role's label for a badge; a role this app does not know is not shown as one. */
export function roleLabel(role: unknown): string | undefined {
  return isRole(role) ? describeRole(role) : undefined;
}
