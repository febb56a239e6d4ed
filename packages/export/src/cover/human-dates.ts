/** The time zone a cover uses when the meeting names none. */
export const DEFAULT_TIME_ZONE = 'UTC';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date as an ITU document prints it: '2019-09-25' -> '25 September 2019'. A meeting
 * date is a day, not an instant, so no time zone moves it; text that is not an ISO date is
 * printed as given rather than lost.
 */
export function longDate(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  if (match === null) return isoDate;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/**
 * An instant in the meeting's time zone, as a person reads it:
 * '2019-09-26T10:15:00Z' in Europe/Zurich -> '26 September 2019, 12:15 CEST'. An unknown zone
 * falls back to UTC (the cover says which), an unreadable timestamp is printed as given.
 */
export function humanTime(iso: string, timeZone: string = DEFAULT_TIME_ZONE): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const format = (zone: string) =>
    new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: zone,
      timeZoneName: 'short',
    })
      .format(instant)
      .replace(' at ', ', ');
  try {
    return format(timeZone);
  } catch {
    return format(DEFAULT_TIME_ZONE);
  }
}

/** 'en' -> 'English', 'fr' -> 'French': the language a document was drafted in, in English. */
export function languageName(language: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
}
