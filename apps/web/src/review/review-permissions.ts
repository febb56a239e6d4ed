import { can, type Role } from '@rapporteur/domain';

// Who may do what in the review loop, asked of the domain's table in one place.

/** Everyone in the meeting may comment and suggest, delegates included. */
export function mayComment(role: Role | null): boolean {
  return can(role ?? undefined, 'comment');
}

export function maySuggest(role: Role | null): boolean {
  return can(role ?? undefined, 'suggest');
}

/** The chair and the vice-chairs accept or reject suggestions. */
export function mayDecideSuggestions(role: Role | null): boolean {
  return can(role ?? undefined, 'decide-suggestion');
}

/** Whether this person may type straight into the draft (when it is not under review). */
export function mayEditDirectly(role: Role | null): boolean {
  return can(role ?? undefined, 'edit');
}

/** A comment is resolved or reopened by its author, or by whoever decides suggestions. */
export function mayResolveComment(
  viewer: { readonly role: Role | null; readonly you: string },
  comment: { readonly author: string },
): boolean {
  return comment.author === viewer.you || mayDecideSuggestions(viewer.role);
}
