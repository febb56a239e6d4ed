import type { ReactElement } from 'react';

import type { Person } from '../collab/presence-tracker.js';
import { Avatar } from '../identity/avatar.js';
import { RoleBadge } from './role-badge.js';
import './presence-list.css';

/** Who has the draft open: colour (the same as their caret), name, role; you first. */
export function PresenceList({ people }: { readonly people: readonly Person[] }): ReactElement {
  return (
    <ul className="presence" data-testid="presence" aria-label="People in this draft">
      {people.map((person) => (
        <li
          key={person.clientId}
          className={`presence__person${person.isYou ? ' is-you' : ''}`}
          data-name={person.name}
          data-role={person.role}
          data-you={person.isYou ? 'true' : undefined}
        >
          <Avatar name={person.name} color={person.color} className="presence__avatar">
            <span className="presence__dot" />
          </Avatar>
          <span className="presence__who" title={person.name}>
            <span className="presence__name">{person.name}</span>
            {person.isYou && <span className="presence__you">(you)</span>}
          </span>
          {person.role !== undefined && <RoleBadge role={person.role} />}
        </li>
      ))}
    </ul>
  );
}
