import type { BlockChange } from '@rapporteur/diff';

/**
 * One paragraph of the tracked-changes document: a change shown where it is now (or, removed,
 * where it stood), or a moved block's deletion at the place it left.
 */
export type TrackedStep =
  | { readonly show: 'here'; readonly change: BlockChange }
  | { readonly show: 'moved-away'; readonly change: BlockChange };

/**
 * The diff's changes in reading order, with each moved block also shown deleted where it was.
 * The diff lists a moved block once, where it now is; its old place is right after the last
 * block that kept its place (unchanged, changed or removed) and stood before it in the old
 * document, so that rejecting every change in Word puts it back there.
 */
export function trackedSequence(changes: readonly BlockChange[]): TrackedStep[] {
  const stayed = changes.flatMap((change, at) =>
    change.kind !== 'moved' && change.before ? [{ at, before: change.before.index }] : [],
  );
  const leftAfter = new Map<number, BlockChange[]>();
  for (const change of changes) {
    if (change.kind !== 'moved' || !change.before) continue;
    const from = change.before.index;
    const anchor = stayed.filter((block) => block.before < from).at(-1)?.at ?? -1;
    leftAfter.set(anchor, [...(leftAfter.get(anchor) ?? []), change]);
  }
  const movedAway = (anchor: number): TrackedStep[] =>
    [...(leftAfter.get(anchor) ?? [])]
      .sort((a, b) => (a.before?.index ?? 0) - (b.before?.index ?? 0))
      .map((change) => ({ show: 'moved-away', change }));
  return [
    ...movedAway(-1),
    ...changes.flatMap((change, at): TrackedStep[] => [{ show: 'here', change }, ...movedAway(at)]),
  ];
}
