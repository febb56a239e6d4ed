import { sortedAuthors } from '../authors/author-runs.js';
import type { Aligned } from '../match/align-blocks.js';
import { blockAt, type Sides } from './sides.js';
import type { BlockChange, ChangeKind, SectionSummary } from './types.js';

/** The section a change counts towards, and how it is named in the summary. */
export interface SectionHome {
  /** The same for every change of one section. */
  readonly key: string;
  readonly section: string | null;
  readonly previousSection?: string | null;
}

// The order kinds are listed in a summary, whatever order the changes came in.
const KIND_ORDER: readonly ChangeKind[] = ['added', 'removed', 'moved', 'changed'];

/**
 * The section of each entry, named by its numbered paragraph: a block belongs to the section of
 * the numbered paragraph above it, numbered as in the after document and, if that paragraph was
 * renumbered, as it was before. A removed block whose section survives counts towards it; one
 * whose section went too counts towards the section as it was.
 */
export function sectionHomes(aligned: readonly Aligned[], sides: Sides): SectionHome[] {
  const beforeOf = new Map<number, number>();
  const afterOf = new Map<number, number>();
  for (const entry of aligned) {
    if (entry.kind === 'added' || entry.kind === 'removed') continue;
    beforeOf.set(entry.after, entry.before);
    afterOf.set(entry.before, entry.after);
  }
  const ofAfterOwner = (owner: number): SectionHome => {
    const section = blockAt(sides.after, owner).section;
    const was = beforeOf.get(owner);
    const previousSection = was === undefined ? undefined : blockAt(sides.before, was).section;
    return previousSection === undefined || previousSection === section
      ? { key: `after:${owner}`, section }
      : { key: `after:${owner}`, section, previousSection };
  };
  const unowned = (section: string | null, side: string): SectionHome =>
    section === null ? { key: 'none', section } : { key: `${side}-number:${section}`, section };

  return aligned.map((entry) => {
    if (entry.kind !== 'removed') {
      const block = blockAt(sides.after, entry.after);
      return block.sectionBlock === null
        ? unowned(block.section, 'after')
        : ofAfterOwner(block.sectionBlock);
    }
    const block = blockAt(sides.before, entry.before);
    if (block.sectionBlock === null) return unowned(block.section, 'before');
    const survivor = afterOf.get(block.sectionBlock);
    return survivor === undefined
      ? { key: `before:${block.sectionBlock}`, section: block.section }
      : ofAfterOwner(survivor);
  });
}

/** One summary per section with a change, in order of the first change of each. */
export function summarizeSections(
  changes: readonly BlockChange[],
  homes: readonly SectionHome[],
): SectionSummary[] {
  const found = new Map<
    string,
    { home: SectionHome; kinds: Set<ChangeKind>; authors: Set<string> }
  >();
  changes.forEach((change, index) => {
    const home = homes[index];
    if (change.kind === 'unchanged' || home === undefined) return;
    let entry = found.get(home.key);
    if (entry === undefined) {
      entry = { home, kinds: new Set(), authors: new Set() };
      found.set(home.key, entry);
    }
    entry.kinds.add(change.kind);
    for (const author of change.authors) entry.authors.add(author);
  });
  return [...found.values()].map(({ home, kinds, authors }) => ({
    section: home.section,
    ...(home.previousSection === undefined ? {} : { previousSection: home.previousSection }),
    kinds: KIND_ORDER.filter((kind) => kinds.has(kind)),
    authors: sortedAuthors(authors),
  }));
}
