import type { ReviewLists, ReviewSuggestion } from './review-api.js';
import type { Disposition } from './review-api.js';

/** One line of the disposition register, as the Register tab shows it. */
export interface RegisterLine {
  readonly id: string;
  readonly number: number;
  readonly type: 'comment' | 'suggestion';
  /** '8.2.1' without the final dot; null outside numbered paragraphs. */
  readonly paragraph: string | null;
  readonly author: string;
  readonly authorName: string;
  readonly text: string;
  readonly disposition: Disposition | 'open';
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
  readonly reason: string | null;
}

/** What the register shows: open or decided items, of one author, in one paragraph. */
export interface RegisterFilter {
  readonly state: 'all' | 'open' | 'decided';
  /** A person's id, or undefined for everyone. */
  readonly author: string | undefined;
  /** A paragraph ('8.2', with the ones under it), or undefined for all. */
  readonly paragraph: string | undefined;
}

export const ALL: RegisterFilter = { state: 'all', author: undefined, paragraph: undefined };

const bare = (paragraph: string | null): string | null => paragraph?.replace(/\.$/, '') ?? null;

/** A suggestion's change in words: 'Insert “x”', 'Delete “y”', 'Replace “y” with “x”'. */
export function describeChange(
  suggestion: Pick<ReviewSuggestion, 'kind' | 'text' | 'replacement'>,
): string {
  switch (suggestion.kind) {
    case 'insertion':
      return `Insert “${suggestion.replacement}”`;
    case 'deletion':
      return `Delete “${suggestion.text}”`;
    case 'replacement':
      return `Replace “${suggestion.text}” with “${suggestion.replacement}”`;
  }
}

/** Every comment and suggestion, in the order they were made (their numbers). */
export function registerLines(lists: ReviewLists): RegisterLine[] {
  const comments = lists.comments.map((comment): RegisterLine => ({
    id: comment.commentId,
    number: comment.number,
    type: 'comment',
    paragraph: bare(comment.paragraph),
    author: comment.author,
    authorName: comment.authorName,
    text: comment.quote === '' ? comment.body : `On “${comment.quote}”: ${comment.body}`,
    disposition: comment.status === 'open' ? 'open' : (comment.disposition ?? 'resolved'),
    decidedBy: comment.resolvedByName,
    decidedAt: comment.resolvedAt,
    reason: comment.reason,
  }));
  const suggestions = lists.suggestions.map((suggestion): RegisterLine => ({
    id: suggestion.suggestionId,
    number: suggestion.number,
    type: 'suggestion',
    paragraph: bare(suggestion.paragraph),
    author: suggestion.author,
    authorName: suggestion.authorName,
    text: describeChange(suggestion),
    disposition: suggestion.status,
    decidedBy: suggestion.decidedByName,
    decidedAt: suggestion.decidedAt,
    reason: suggestion.reason,
  }));
  return [...comments, ...suggestions].sort((a, b) => a.number - b.number);
}

/** The lines `filter` keeps. */
export function filterLines(
  lines: readonly RegisterLine[],
  filter: RegisterFilter,
): RegisterLine[] {
  const paragraph = filter.paragraph === undefined ? undefined : bare(filter.paragraph);
  return lines.filter(
    (line) =>
      (filter.state === 'all' || (filter.state === 'open') === (line.disposition === 'open')) &&
      (filter.author === undefined || line.author === filter.author) &&
      (paragraph === undefined ||
        paragraph === null ||
        (line.paragraph !== null &&
          (line.paragraph === paragraph || line.paragraph.startsWith(`${paragraph}.`)))),
  );
}

/** The people and paragraphs the filters offer, from the lines there are. */
export function filterChoices(lines: readonly RegisterLine[]): {
  readonly authors: readonly { readonly id: string; readonly name: string }[];
  readonly paragraphs: readonly string[];
} {
  const authors = new Map<string, string>();
  const paragraphs = new Set<string>();
  for (const line of lines) {
    authors.set(line.author, line.authorName);
    if (line.paragraph !== null) paragraphs.add(line.paragraph);
  }
  const byNumber = (a: string, b: string): number => {
    const x = a.split('.').map(Number);
    const y = b.split('.').map(Number);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
      const difference = (x[i] ?? -1) - (y[i] ?? -1);
      if (difference !== 0) return difference;
    }
    return 0;
  };
  return {
    authors: [...authors]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    paragraphs: [...paragraphs].sort(byNumber),
  };
}
