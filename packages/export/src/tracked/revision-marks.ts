/** The attributes of one `w:ins` or `w:del`: docx's IChangedAttributesProperties. */
export interface RevisionMark {
  readonly id: number;
  readonly author: string;
  readonly date: string;
}

/**
 * When people edited each top-level block, by the block's index in the older (`before`) and
 * newer (`after`) document: person id -> ISO time of their last edit that touched it.
 */
export interface BlockEditTimes {
  readonly before: ReadonlyMap<number, ReadonlyMap<string, string>>;
  readonly after: ReadonlyMap<number, ReadonlyMap<string, string>>;
}

/** The block a change sits in, on either side (a diff's BlockChange has this shape). */
export interface ChangedBlock {
  readonly before?: { readonly index: number };
  readonly after?: { readonly index: number };
}

/** Hands out revision marks for one document: ids unique within it, dated, named authors. */
export interface RevisionMarks {
  /**
   * A mark for a change made by `authors` (ids; the first one's name is written) in `block`,
   * dated with that author's last edit of the block when it is known.
   */
  next(authors: readonly string[], block?: ChangedBlock): RevisionMark;
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
 * that author's last edit of the change's block in `blockDates` (the newer document's block,
 * else the older's), else their last edit in `dates`, else `date`. A change with no author (a
 * cross-reference renumbered by someone's edit elsewhere) is dated `authorlessDate` (when the
 * numbering changed), else with the last edit in `dates`. Every date is checked here, before
 * anything is written.
 */
export function revisionMarks(options: {
  readonly names: ReadonlyMap<string, string>;
  readonly date: string;
  readonly dates?: ReadonlyMap<string, string>;
  readonly blockDates?: BlockEditTimes;
  readonly authorlessDate?: string;
}): RevisionMarks {
  const date = revisionDate(options.date);
  const dates = checkedDates(options.dates);
  const blockDates = {
    before: checkedBlocks(options.blockDates?.before),
    after: checkedBlocks(options.blockDates?.after),
  };
  // ISO instants in one format sort as text.
  const lastEdit = [...dates.values()].sort().at(-1);
  const authorless =
    options.authorlessDate === undefined ? lastEdit : revisionDate(options.authorlessDate);
  const authors: string[] = [];
  let id = 0;
  const editedBy = (person: string, block: ChangedBlock | undefined) => {
    const inBlock = (side: 'before' | 'after') => {
      const index = block?.[side]?.index;
      return index === undefined ? undefined : blockDates[side].get(index)?.get(person);
    };
    return inBlock('after') ?? inBlock('before') ?? dates.get(person);
  };
  return {
    authors,
    next(ids, block) {
      const first = ids[0];
      const author = first === undefined ? UNKNOWN_AUTHOR : (options.names.get(first) ?? first);
      if (!authors.includes(author)) authors.push(author);
      id += 1;
      const edited = first === undefined ? authorless : editedBy(first, block);
      return { id, author, date: edited ?? date };
    },
  };
}

function checkedDates(dates: ReadonlyMap<string, string> | undefined): Map<string, string> {
  return new Map([...(dates ?? [])].map(([person, iso]) => [person, revisionDate(iso)]));
}

function checkedBlocks(
  blocks: ReadonlyMap<number, ReadonlyMap<string, string>> | undefined,
): Map<number, Map<string, string>> {
  return new Map([...(blocks ?? [])].map(([index, dates]) => [index, checkedDates(dates)]));
}
