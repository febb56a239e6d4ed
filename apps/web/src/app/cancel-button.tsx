import type { ReactElement } from 'react';

/** "Cancel" beside a confirmation's or a small form's action: closes it, doing nothing. */
export function CancelButton({ onCancel }: { readonly onCancel: () => void }): ReactElement {
  return (
    <button type="button" className="button button--quiet button--small" onClick={onCancel}>
      Cancel
    </button>
  );
}
