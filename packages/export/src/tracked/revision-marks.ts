/** The attributes of one `w:ins` or `w:del`: docx's IChangedAttributesProperties. */
export interface RevisionMark {
  readonly id: number;
  readonly author: string;
  readonly date: string;
}

/** Hands out revision marks for one document: ids unique within it, dated, named authors. */
export interface RevisionMarks {
  /** A mark for a change made by `authors` (ids; the first one's name is written). */
  next(authors: readonly string[]): RevisionMark;
  /** The names written so far, in order of first use. */
  readonly authors: readonly string[];
}

/** Who a revision is by when the diff knows nobody: the application that made the comparison. */
export const UNKNOWN_AUTHOR = 'Rapporteur';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * Word's w:date is an xsd:dateTime; Word is known to reject fractional seconds in it, so the
 * ISO timestamp is written to the second, in UTC. A date that does not parse is refused here
 * rather than written into a file Word would then not open.
 */
export function revisionDate(iso: string): string {
  const time = ISO_DATE.test(iso) ? Date.parse(iso) : Number.NaN;
  if (!Number.isFinite(time)) {
    throw new RangeError(`exportTrackedChangesDocx: "${iso}" is not an ISO date`);
  }
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Revision marks, their author the name of a change's first author (an id with no name is
 * written as it is, as renderDiffHtml does), or "Rapporteur" when there is none; dated with
 * that author's time in `dates` (when they edited), else `date`. A change with no author (a
 * cross-reference renumbered by someone's edit elsewhere) is dated with the last edit in
 * `dates`, the moment it came to be. Every date is checked here, before anything is written.
 */
export function revisionMarks(options: {
  readonly names: ReadonlyMap<string, string>;
  readonly date: string;
  readonly dates?: ReadonlyMap<string, string>;
}): RevisionMarks {
  const date = revisionDate(options.date);
  const dates = new Map(
    [...(options.dates ?? new Map<string, string>())].map(([person, iso]) => [
      person,
      revisionDate(iso),
    ]),
  );
  // ISO instants in one format sort as text.
  const lastEdit = [...dates.values()].sort().at(-1);
  const authors: string[] = [];
  let id = 0;
  return {
    authors,
    next(ids) {
      const first = ids[0];
      const author = first === undefined ? UNKNOWN_AUTHOR : (options.names.get(first) ?? first);
      if (!authors.includes(author)) authors.push(author);
      id += 1;
      const edited = first === undefined ? lastEdit : dates.get(first);
      return { id, author, date: edited ?? date };
    },
  };
}
