import { LIMITS } from '@rapporteur/domain';

import type { MeetingSummary } from '../meeting/meeting-api.js';
import type { NewMeeting } from './meetings-api.js';

/** What is wrong with each field of the new meeting form; empty when it can be sent. */
export function newMeetingProblems(form: NewMeeting): Partial<Record<keyof NewMeeting, string>> {
  const problems: Partial<Record<keyof NewMeeting, string>> = {};
  const title = form.title.trim();
  const symbol = form.symbol.trim();
  if (title === '') problems.title = 'Give the meeting its title.';
  else if (title.length > LIMITS.title) problems.title = `At most ${LIMITS.title} characters.`;
  if (symbol === '') problems.symbol = 'Give the meeting its symbol, such as CWG-WSIS&SDG-35.';
  else if (/\s/.test(symbol)) problems.symbol = 'A symbol has no spaces: CWG-WSIS&SDG-35.';
  else if (symbol.length > LIMITS.symbol) problems.symbol = `At most ${LIMITS.symbol} characters.`;
  if (!isCalendarDate(form.date)) problems.date = 'Choose the day of the meeting.';
  return problems;
}

/** The form's fields as the server should receive them. */
export function tidyNewMeeting(form: NewMeeting): NewMeeting {
  return {
    title: form.title.replace(/\s+/g, ' ').trim(),
    symbol: form.symbol.trim(),
    date: form.date,
  };
}

/** A real YYYY-MM-DD day (not 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** Today in the person's own calendar, as YYYY-MM-DD: the form's first guess. */
export function todayIso(now: Date = new Date()): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The list in two parts: meetings from today on, soonest first, then past ones, latest first.
 * Dates are YYYY-MM-DD, so text order is date order.
 */
export function arrangeMeetings(
  meetings: readonly MeetingSummary[],
  today: string,
): { readonly upcoming: MeetingSummary[]; readonly past: MeetingSummary[] } {
  const bySymbol = (a: MeetingSummary, b: MeetingSummary): number =>
    a.symbol.localeCompare(b.symbol, 'en', { numeric: true });
  const upcoming = meetings
    .filter((meeting) => meeting.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date) || bySymbol(a, b));
  const past = meetings
    .filter((meeting) => meeting.date < today)
    .sort((a, b) => b.date.localeCompare(a.date) || bySymbol(a, b));
  return { upcoming, past };
}
