import type { ReactElement } from 'react';

interface LoadingLinesProps {
  /** What is loading, for screen readers: "Loading the versions". */
  readonly label: string;
  /** How many grey bars; they alternate long and short, like lines of text. */
  readonly lines: number;
  readonly className: string;
  /** A `section` when the placeholder stands for a whole card of the panel. */
  readonly as?: 'div' | 'section';
}

/** Grey bars where text will be, marked busy, while the first answer is on its way. */
export function LoadingLines({
  label,
  lines,
  className,
  as = 'div',
}: LoadingLinesProps): ReactElement {
  const Element = as;
  return (
    <Element className={className} aria-busy="true" aria-label={label}>
      {Array.from({ length: lines }, (_, index) => (
        <span key={index} className={index % 2 === 0 ? 'skeleton' : 'skeleton skeleton--short'} />
      ))}
    </Element>
  );
}
