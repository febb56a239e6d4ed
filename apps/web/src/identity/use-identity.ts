import { useCallback, useState } from 'react';

import { identityFor, loadIdentity, saveIdentity, type Identity } from './identity.js';

/** This browser's identity, read once from storage; `choose` keeps a new name for next time. */
export function useIdentity(): readonly [Identity | undefined, (name: string) => void] {
  const [identity, setIdentity] = useState<Identity | undefined>(() => loadIdentity());
  const choose = useCallback((name: string) => {
    const chosen = identityFor(name);
    saveIdentity(chosen);
    setIdentity(chosen);
  }, []);
  return [identity, choose] as const;
}
