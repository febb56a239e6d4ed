import { describe, expect, it } from 'vitest';

import { compareHeadline, describeSections, sectionSentence } from './compare-summary.js';
import { indexPeople } from './history-people.js';

const people = indexPeople([
  { id: 'sec', name: 'Demo Secretariat', role: 'secretariat', participant: true },
  { id: 'vice', name: 'Ms Ahmadova', role: 'vice-chair', participant: true },
  { id: 'chair', name: 'Prof. Minkin', role: 'chair', participant: true },
]);

/** The sentences the summary shows for these sections, in order. */
function sentencesFor(sections: Parameters<typeof describeSections>[0]): string[] {
  return describeSections(sections, people).map(sectionSentence);
}

describe('the compare summary', () => {
  it('says which section changed how, and by whom', () => {
    expect(
      sentencesFor([
        { section: '8.4.3.', kinds: ['changed'], authors: ['sec'] },
        { section: '8.5.', kinds: ['added'], authors: ['vice'] },
      ]),
    ).toEqual(['§8.4.3 changed by Demo Secretariat', '§8.5 added by Ms Ahmadova']);
  });

  it('joins several kinds and several people in words', () => {
    expect(
      sentencesFor([
        { section: '9.', kinds: ['added', 'moved', 'changed'], authors: ['sec', 'vice', 'chair'] },
      ]),
    ).toEqual(['§9 added, moved and changed by Demo Secretariat, Ms Ahmadova and Prof. Minkin']);
  });

  it('names a renumbered section as it was, and the text above the first one', () => {
    expect(
      sentencesFor([
        { section: '8.6.', previousSection: '8.5.', kinds: ['changed'], authors: ['chair'] },
        { section: null, kinds: ['changed'], authors: [] },
      ]),
    ).toEqual(['§8.6 (previously §8.5) changed by Prof. Minkin', 'The opening text changed']);
  });

  it('calls someone the answer does not name "Someone"', () => {
    expect(sentencesFor([{ section: '1.', kinds: ['removed'], authors: ['gone'] }])).toEqual([
      '§1 removed by Someone',
    ]);
  });

  it('sums up the changes, or says there are none', () => {
    const stats = { insertedCharacters: 45, deletedCharacters: 3, changedBlocks: 2 };
    const sections = [
      { section: '8.4.3.', kinds: ['changed' as const], authors: [] },
      { section: '8.5.', kinds: ['added' as const], authors: [] },
    ];
    expect(compareHeadline({ sections, stats })).toBe('2 sections changed, +45 \u22123 characters');
    expect(
      compareHeadline({
        sections: [],
        stats: { insertedCharacters: 0, deletedCharacters: 0, changedBlocks: 0 },
      }),
    ).toBe('No changes between these two points');
  });
});
