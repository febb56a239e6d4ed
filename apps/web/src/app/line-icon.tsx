import type { ReactElement, ReactNode } from 'react';

/** The line drawings more than one place shows, on the 24-unit grid of `LineIcon`. */
export const DRAWINGS = {
  // A tick: done, saved.
  tick: 'M5 12.5 10 17l9-10',
  // An exclamation mark in a circle: refused, or an error.
  alert: 'M12 8v5M12 16.5h.01M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z',
  // An open eye: this draft is for reading.
  eye: 'M2.5 12s3.5-6.5 9.5-6.5 9.5 6.5 9.5 6.5-3.5 6.5-9.5 6.5S2.5 12 2.5 12ZM12 14.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5Z',
  // A padlock: closed for good, or frozen.
  padlock: 'M7 11V8a5 5 0 0 1 10 0v3M5.5 11h13v9.5h-13z',
} as const;

interface LineIconProps {
  /** Width and height in pixels. */
  readonly size: number;
  readonly className?: string;
  readonly strokeWidth?: number;
  /** The side of the square the paths are drawn on. */
  readonly grid?: number;
  /** One path's `d`; or `children` for several paths. */
  readonly d?: string;
  readonly children?: ReactNode;
}

/**
 * A decorative line icon, stroked in the text's colour with round ends and joins; screen
 * readers skip it, so the text or label beside it must say what it means.
 */
export function LineIcon({
  size,
  className,
  strokeWidth = 2,
  grid = 24,
  d,
  children,
}: LineIconProps): ReactElement {
  return (
    <svg
      className={className}
      viewBox={`0 0 ${grid} ${grid}`}
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {d !== undefined && <path d={d} />}
      {children}
    </svg>
  );
}
