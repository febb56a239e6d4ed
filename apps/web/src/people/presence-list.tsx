import type { ReactElement } from 'react';

import type { Person } from '../collab/presence-tracker.js';
import { initialsOf } from '../identity/identity.js';
import './presence-list.css';

interface PresenceListProps {
  readonly people: readonly Person[];
  readonly onRename: () => void;
}

const ROLE_NAMES: Readonly<Record<string, string>> = {
  chair: 'Chair',
  'vice-chair': 'Vice-chair',
  secretariat: 'Secretariat',
  delegate: 'Delegate',
  editor: 'Editor',
};

function roleName(role: string): string {
  return ROLE_NAMES[role] ?? role.charAt(0).toUpperCase() + role.slice(1);
}

/** Who has the draft open: colour (the same as their caret), name, role; you first. */
export function PresenceList({ people, onRename }: PresenceListProps): ReactElement {
  return (
    <ul className="presence" data-testid="presence" aria-label="People in this draft">
      {people.map((person) => (
        <li
          key={person.clientId}
          className={`presence__person${person.isYou ? ' is-you' : ''}`}
          data-name={person.name}
          data-you={person.isYou ? 'true' : undefined}
        >
          <span
            className="presence__avatar"
            style={{ backgroundColor: person.color }}
            aria-hidden="true"
          >
            {initialsOf(person.name)}
            <span className="presence__dot" />
          </span>
          <span className="presence__who">
            <span className="presence__name">
              {person.name}
              {person.isYou && <span className="presence__you"> (you)</span>}
            </span>
            <span className="presence__role">
              {roleName(person.role)}
              {person.isYou && (
                <>
                  <span aria-hidden="true"> · </span>
                  <button type="button" className="presence__rename" onClick={onRename}>
                    Change name
                  </button>
                </>
              )}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}
