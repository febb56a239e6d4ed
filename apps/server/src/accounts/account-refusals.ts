import { Refusal, type RefusalType } from '@rapporteur/errors';

// The refusals of running accounts from the browser (issue 16), each with the code clients and
// tests rely on. Sentences name people, never ids.
const ACCOUNT_REFUSALS = {
  adminRequired: ['admin_required', 'forbidden', 'Administrators only'],
  noSuchAccount: ['no_such_account', 'not_found', 'No such account'],
  lastAdministrator: ['last_administrator', 'conflict', 'The last administrator'],
  notYourself: ['not_yourself', 'conflict', 'Not on your own account'],
  wrongPassword: ['wrong_password', 'forbidden', 'Wrong password'],
  passwordLinkInvalid: ['password_link_invalid', 'not_found', 'Link not valid'],
  passwordLinkExpired: ['password_link_expired', 'conflict', 'Link expired'],
  passwordLinkUsed: ['password_link_used', 'conflict', 'Link already used'],
} as const satisfies Record<string, RefusalType>;

export const adminRequired = (): Refusal =>
  new Refusal(
    ACCOUNT_REFUSALS.adminRequired,
    'Only an administrator manages accounts; ask one of them.',
  );

export const noSuchAccount = (): Refusal =>
  new Refusal(
    ACCOUNT_REFUSALS.noSuchAccount,
    'There is no such account; reload the list of people.',
  );

export const lastAdministrator = (name: string): Refusal =>
  new Refusal(
    ACCOUNT_REFUSALS.lastAdministrator,
    `${name} is the last administrator: make someone else an administrator first.`,
  );

export const notYourself = (what: string): Refusal =>
  new Refusal(
    ACCOUNT_REFUSALS.notYourself,
    `You cannot ${what} your own account; ask another administrator.`,
  );

export const wrongPassword = (): Refusal =>
  new Refusal(
    ACCOUNT_REFUSALS.wrongPassword,
    'Your current password is not right; nothing was changed.',
  );

export const passwordLinkInvalid = (): Refusal =>
  new Refusal(
    ACCOUNT_REFUSALS.passwordLinkInvalid,
    'This link is not one Rapporteur gave out; check that it was copied whole, or ask an administrator for a new one.',
  );

export const passwordLinkExpired = (expiresAt: string): Refusal =>
  new Refusal(
    ACCOUNT_REFUSALS.passwordLinkExpired,
    `This link expired on ${expiresAt.slice(0, 10)}; ask an administrator for a new one.`,
  );

export const passwordLinkUsed = (): Refusal =>
  new Refusal(
    ACCOUNT_REFUSALS.passwordLinkUsed,
    'This link has been used already: sign in with the password set then, or ask an administrator for a new link.',
  );
