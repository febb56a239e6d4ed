import { RapporteurError } from '@rapporteur/errors';

/** The codes of an account input refused; `email_taken` is a conflict, the others bad input. */
export type AccountInputCode = 'invalid_email' | 'weak_password' | 'invalid_name' | 'email_taken';

/** An input an account operation cannot use: the code names what, the message says why. */
export class AccountInputError extends RapporteurError {
  override readonly name = 'AccountInputError';
  override readonly title = 'Cannot use this account';
  readonly kind: 'invalid' | 'conflict';

  constructor(
    readonly code: AccountInputCode,
    message: string,
  ) {
    super(message);
    this.kind = code === 'email_taken' ? 'conflict' : 'invalid';
  }
}
