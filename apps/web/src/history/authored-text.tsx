import type { ReactElement, ReactNode } from 'react';

import { colourOf, nameOf, tint, type PeopleIndex } from './history-people.js';
import type { AuthoredBlock } from './history-types.js';

/** How strongly a run is tinted: light enough to read the text on it. */
const TINT_PERCENT = 16;

function Runs({
  block,
  people,
}: {
  readonly block: AuthoredBlock;
  readonly people: PeopleIndex;
}): ReactElement {
  return (
    <>
      {block.runs.map((run, index) => {
        if (run.author === null) return <span key={index}>{run.text}</span>;
        const colour = colourOf(people, run.author);
        const name = nameOf(people, run.author);
        return (
          <mark
            key={index}
            className="author-run"
            data-author={run.author}
            title={`Written by ${name}`}
            style={{ backgroundColor: tint(colour, TINT_PERCENT), borderBottomColor: colour }}
          >
            {run.text}
          </mark>
        );
      })}
    </>
  );
}

const clampLevel = (level: number | undefined): 1 | 2 | 3 | 4 | 5 | 6 =>
  Math.min(6, Math.max(1, Math.round(level ?? 1))) as 1 | 2 | 3 | 4 | 5 | 6;

/**
 * One block of the draft with its runs tinted, drawn the way the editor draws it: numbered
 * paragraphs with their numbers (level 1 as a section heading), headings, paragraphs; lists and
 * tables as their text, one line per item or cell.
 */
export function AuthoredBlockView({
  block,
  people,
}: {
  readonly block: AuthoredBlock;
  readonly people: PeopleIndex;
}): ReactElement {
  const runs = <Runs block={block} people={people} />;
  const level = clampLevel(block.level);
  switch (block.type) {
    case 'numberedParagraph': {
      const number: ReactNode =
        block.section === null ? null : <span className="paragraph-number">{block.section}</span>;
      const Tag = level === 1 ? 'h2' : 'p';
      return (
        <Tag className="numbered-paragraph" data-level={level}>
          {number}
          {runs}
        </Tag>
      );
    }
    case 'heading': {
      const Tag = `h${level}` as const;
      return <Tag>{runs}</Tag>;
    }
    case 'paragraph':
      return <p>{runs}</p>;
    case 'horizontalRule':
      return <hr />;
    default:
      return (
        <div className="authors-document__block" data-type={block.type}>
          {runs}
        </div>
      );
  }
}
