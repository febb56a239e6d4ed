import { describeRole, ROLES, type Role } from '@rapporteur/domain';
import type { ReactElement } from 'react';

/** The role a select's value names, if it names one. */
function roleNamed(value: string): Role | undefined {
  return ROLES.find((candidate) => candidate === value);
}

/** The roles offered (every role unless said), chair first, as the selects offer them. */
function RoleOptions({ roles = ROLES }: { readonly roles?: readonly Role[] }): ReactElement {
  return (
    <>
      {roles.map((role) => (
        <option key={role} value={role}>
          {describeRole(role)}
        </option>
      ))}
    </>
  );
}

/**
 * A role select, changed at once when chosen. In a participant's row it is coloured by the role;
 * a form gives its own `className`.
 */
export function RoleSelect({
  value,
  roles,
  label,
  disabled = false,
  onChange,
  testId,
  className = `role-select role-select--${value}`,
}: {
  readonly value: Role;
  /** What may be chosen: what the domain lets you give (and the current role). */
  readonly roles: readonly Role[];
  /** The accessible name: the select has no visible label. */
  readonly label: string;
  readonly disabled?: boolean;
  readonly onChange: (role: Role) => void;
  readonly testId: string;
  readonly className?: string;
}): ReactElement {
  return (
    <select
      className={className}
      aria-label={label}
      data-testid={testId}
      value={value}
      disabled={disabled}
      onChange={(event) => {
        const role = roleNamed(event.target.value);
        if (role !== undefined) onChange(role);
      }}
    >
      <RoleOptions roles={roles} />
    </select>
  );
}
