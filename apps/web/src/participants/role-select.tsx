import { describeRole, ROLES, type Role } from '@rapporteur/domain';
import type { ReactElement } from 'react';

/** The role a select's value names, if it names one. */
export function roleNamed(value: string): Role | undefined {
  return ROLES.find((candidate) => candidate === value);
}

/** The roles offered (every role unless said), chair first, as the selects offer them. */
export function RoleOptions({ roles = ROLES }: { readonly roles?: readonly Role[] }): ReactElement {
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

/** A participant's role in their row, coloured by the role, changed at once when chosen. */
export function RoleSelect({
  value,
  roles,
  label,
  disabled,
  onChange,
  testId,
}: {
  readonly value: Role;
  /** What may be chosen: what the domain lets you give (and the current role). */
  readonly roles: readonly Role[];
  readonly label: string;
  readonly disabled: boolean;
  readonly onChange: (role: Role) => void;
  readonly testId: string;
}): ReactElement {
  return (
    <select
      className={`role-select role-select--${value}`}
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
