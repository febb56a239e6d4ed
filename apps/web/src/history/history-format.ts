/**
 * How the history panel writes times, sections and sizes. The clock and the time zone come in
 * as arguments, so that tests read the same in every zone.
 */
export interface Clock {
  readonly now: Date;
  /** An IANA zone; the browser's own when absent. */
  readonly timeZone?: string | undefined;
}

// Our own month names: en-GB in recent ICU writes "Sept", and the reports write "Sep".
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Moment {
  readonly day: string;
  readonly year: string;
  readonly time: string;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function momentOf(date: Date, timeZone: string | undefined): Moment {
  const key = timeZone ?? '';
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-GB', {
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      ...(timeZone === undefined ? {} : { timeZone }),
    });
    formats.set(key, format);
  }
  const parts = new Map(format.formatToParts(date).map((part) => [part.type, part.value]));
  const month = MONTHS[Number(parts.get('month')) - 1] ?? '';
  return {
    day: `${parts.get('day') ?? ''} ${month}`,
    year: parts.get('year') ?? '',
    time: `${parts.get('hour') ?? ''}:${parts.get('minute') ?? ''}`,
  };
}

/** "28 Nov 14:03"; a moment of another year than now says which: "25 Sep 2019 09:00". */
export function formatMoment(iso: string, clock: Clock): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const moment = momentOf(date, clock.timeZone);
  const sameYear = momentOf(clock.now, clock.timeZone).year === moment.year;
  return sameYear ? `${moment.day} ${moment.time}` : `${moment.day} ${moment.year} ${moment.time}`;
}

/**
 * A burst of edits: "28 Nov 14:03–14:20" within a day, one moment when it lasted under a
 * minute, and both moments in full across days.
 */
export function formatRange(
  range: { readonly start: string; readonly end: string },
  clock: Clock,
): string {
  const start = formatMoment(range.start, clock);
  const end = formatMoment(range.end, clock);
  if (start === end) return start;
  const startDay = start.slice(0, start.lastIndexOf(' '));
  const endDay = end.slice(0, end.lastIndexOf(' '));
  return startDay === endDay
    ? `${start}–${end.slice(end.lastIndexOf(' ') + 1)}`
    : `${start} – ${end}`;
}

/** A day of the activity chart, '2026-11-28' (UTC) -> "28 Nov". */
export function formatDay(day: string): string {
  const match = /^\d{4}-(\d{2})-(\d{2})$/.exec(day);
  if (match === null) return day;
  return `${Number(match[2])} ${MONTHS[Number(match[1]) - 1] ?? ''}`;
}

/** '8.4.3.' as a reader writes it: "§8.4.3". */
export function sectionName(section: string): string {
  return `§${section.replace(/\.$/, '')}`;
}

/**
 * The sections an entry touched, short enough for one line of the panel: "§8.4.3, §8.5", or
 * the first few and how many more ("§1, §2, §3 and 74 more"), with the whole list for a title.
 */
export function sectionsInBrief(
  sections: readonly string[],
  max = 3,
): { readonly text: string; readonly all: string } {
  const names = sections.map(sectionName);
  const all = names.join(', ');
  if (names.length <= max + 1) return { text: all, all };
  return { text: `${names.slice(0, max).join(', ')} and ${names.length - max} more`, all };
}

const count = new Intl.NumberFormat('en-GB');

/**
 * The size of a change: "+123 −45 characters", leaving out a side that is zero; "no change to
 * the text" for a change of level or type only.
 */
export function characterChange(
  inserted: number,
  deleted: number,
): { readonly inserted?: string; readonly deleted?: string; readonly text: string } {
  if (inserted === 0 && deleted === 0) return { text: 'no change to the text' };
  const plus = inserted > 0 ? `+${count.format(inserted)}` : undefined;
  const minus = deleted > 0 ? `\u2212${count.format(deleted)}` : undefined;
  const unit = inserted + deleted === 1 ? 'character' : 'characters';
  const text = [plus, minus, unit].filter((part) => part !== undefined).join(' ');
  return {
    ...(plus === undefined ? {} : { inserted: plus }),
    ...(minus === undefined ? {} : { deleted: minus }),
    text,
  };
}
