import type { ReactElement, ReactNode } from 'react';

import { useInitials } from './initials-context.js';

interface AvatarProps {
  /** The person's name, shown as its initials. */
  readonly name: string;
  /** Their colour: from their id (`colorFor`), the same as their caret. */
  readonly color: string;
  readonly size?: 'small' | 'medium';
  /** The place's own class, for what it adds (a ring, a position for a dot). */
  readonly className?: string;
  /** Drawn over the avatar, such as an online light. */
  readonly children?: ReactNode;
}

/** A person's initials on their colour; hidden from screen readers, as the name stands beside it. */
export function Avatar({ name, color, size, className, children }: AvatarProps): ReactElement {
  const initials = useInitials(name);
  const classes = [
    'avatar',
    size === undefined ? '' : `avatar--${size}`,
    initials.length > 2 ? 'is-long' : '',
    className ?? '',
  ]
    .filter((part) => part !== '')
    .join(' ');
  return (
    <span className={classes} style={{ backgroundColor: color }} aria-hidden="true">
      {initials}
      {children}
    </span>
  );
}
