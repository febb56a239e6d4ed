import type { ChangeKind, DocumentDiff, SectionSummary } from '@rapporteur/diff';

import { characterChange, sectionName } from './history-format.js';
import { inWords, nameOf, type PeopleIndex } from './history-people.js';

/** One line of the compare summary: "§8.4.3 changed by Demo Secretariat". */
export interface SectionLine {
  /** "§8.4.3", or "The opening text" for what lies above the first numbered paragraph. */
  readonly place: string;
  /** "§8.5" when the section was numbered so before. */
  readonly previously?: string;
  /** "changed", "added and changed". */
  readonly action: string;
  readonly authors: readonly { readonly id: string; readonly name: string }[];
}

const VERBS: { readonly [K in ChangeKind]: string } = {
  added: 'added',
  removed: 'removed',
  moved: 'moved',
  changed: 'changed',
  unchanged: 'unchanged',
};

/** The diff's sections as lines, in document order, naming the people from the answer. */
export function describeSections(
  sections: readonly SectionSummary[],
  people: PeopleIndex,
): SectionLine[] {
  return sections.map((summary) => {
    const previous = summary.previousSection;
    return {
      place: summary.section === null ? 'The opening text' : sectionName(summary.section),
      ...(previous === undefined || previous === summary.section
        ? {}
        : { previously: previous === null ? 'unnumbered' : sectionName(previous) }),
      action: inWords(summary.kinds.map((kind) => VERBS[kind])),
      authors: summary.authors.map((id) => ({ id, name: nameOf(people, id) })),
    };
  });
}

/** The line as a sentence: "§8.6 (previously §8.5) changed by Ana Silva and Mr Vice". */
export function sectionSentence(line: SectionLine): string {
  const place =
    line.previously === undefined ? line.place : `${line.place} (previously ${line.previously})`;
  const by = line.authors.length === 0 ? '' : ` by ${inWords(line.authors.map((a) => a.name))}`;
  return `${place} ${line.action}${by}`;
}

/** Above the summary: "2 sections changed, +45 −3 characters", or that nothing did. */
export function compareHeadline(diff: Pick<DocumentDiff, 'sections' | 'stats'>): string {
  const { insertedCharacters, deletedCharacters } = diff.stats;
  if (diff.sections.length === 0 && insertedCharacters === 0 && deletedCharacters === 0)
    return 'No changes between these two points';
  const places = diff.sections.length === 1 ? '1 section' : `${diff.sections.length} sections`;
  return `${places} changed, ${characterChange(insertedCharacters, deletedCharacters).text}`;
}
