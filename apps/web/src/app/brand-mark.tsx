import type { ReactElement } from 'react';

/** Rapporteur's mark: an R drawn as a pen stroke, on the house blue. */
export function BrandMark({ size = 32 }: { readonly size?: number }): ReactElement {
  return (
    <svg
      className="brand-mark"
      width={size}
      height={size}
      viewBox="0 0 32 32"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="32" height="32" rx="7" fill="currentColor" />
      <path
        d="M11 24V8h7.5a5 5 0 0 1 0 10H13.5l6.5 6"
        fill="none"
        stroke="#fff"
        strokeWidth="2.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
