import { createContext, useContext, useMemo, type ReactElement, type ReactNode } from 'react';

import { distinctInitials, initialsOf } from './initials.js';

const InitialsContext = createContext<ReadonlyMap<string, string>>(new Map());

/**
 * Makes the avatars below tell `names` apart (a meeting's participants): who would share
 * initials gets more letters. Names it does not know get their plain initials.
 */
export function InitialsProvider({
  names,
  children,
}: {
  readonly names: readonly string[];
  readonly children: ReactNode;
}): ReactElement {
  // The names' text is the key: each reading of the meeting brings a new array of the same names.
  const key = names.join('\n');
  const initials = useMemo(() => distinctInitials(key.split('\n')), [key]);
  return <InitialsContext.Provider value={initials}>{children}</InitialsContext.Provider>;
}

/** A person's initials, distinct among the people of the provider around it. */
export function useInitials(name: string): string {
  return useContext(InitialsContext).get(name) ?? initialsOf(name);
}
