import type { ReactElement, ReactNode } from 'react';

import { FormAlert, SubmitButton } from './form-alert.js';

interface FormEndProps {
  /** Names the test ids: `${testIds}-error` for the refusal, `${testIds}-submit` for the button. */
  readonly testIds: string;
  /** The server's refusal, as its `detail`. */
  readonly error: string | undefined;
  readonly busy: boolean;
  readonly busyLabel: string;
  /** What the button says. */
  readonly children: ReactNode;
}

/** The end of a form with one action: the server's refusal when there is one, then the button. */
export function FormEnd({ testIds, error, busy, busyLabel, children }: FormEndProps): ReactElement {
  return (
    <>
      {error !== undefined && <FormAlert testId={`${testIds}-error`}>{error}</FormAlert>}
      <SubmitButton busy={busy} busyLabel={busyLabel} testId={`${testIds}-submit`} block>
        {children}
      </SubmitButton>
    </>
  );
}
