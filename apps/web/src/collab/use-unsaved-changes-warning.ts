import { useEffect } from 'react';

/**
 * Asks the browser to confirm before the page is closed or reloaded while edits are not yet
 * stored by the server: lost unsaved edits are the first complaint about every shared editor.
 */
export function useUnsavedChangesWarning(hasUnsavedChanges: boolean): void {
  useEffect(() => {
    if (!hasUnsavedChanges) return undefined;
    const warn = (event: BeforeUnloadEvent): void => {
      // preventDefault is the standard way; browsers show their own wording, never ours.
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
    };
  }, [hasUnsavedChanges]);
}
