import { describeRole, type Role } from '@rapporteur/domain';
import type { ReactElement } from 'react';

import './role-badge.css';

/** A person's role in the meeting, as a small coloured label: Chair, Vice-chair, ... */
export function RoleBadge({
  role,
  testId,
}: {
  readonly role: Role;
  readonly testId?: string;
}): ReactElement {
  return (
    <span className={`role-badge role-badge--${role}`} data-role={role} data-testid={testId}>
      {describeRole(role)}
    </span>
  );
}

/** Shown where a role would be, for an administrator who is not a participant. */
export function NoRoleBadge({ label }: { readonly label: string }): ReactElement {
  return <span className="role-badge role-badge--none">{label}</span>;
}
