import { z } from 'zod';

/** An account as an administrator's People screen lists it. */
export const AccountSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    admin: z.boolean(),
    disabled: z.boolean().describe('A disabled account signs nothing in; its tokens stop at once'),
    passwordSet: z.boolean().describe('False until the person has used their one-time link'),
    createdAt: z.string(),
  })
  .meta({ id: 'Account' });

/** A one-time link that sets a password; no mail server: the administrator sends it. */
export const PasswordLinkSchema = z
  .object({
    path: z.string().describe('Open it on this server: /set-password#<secret>; shown this once'),
    expiresAt: z.string(),
  })
  .meta({ id: 'PasswordLink' });

/** What creating an account answers: the account, and its link when no password was given. */
export const CreatedAccountSchema = z
  .object({ account: AccountSchema, passwordLink: PasswordLinkSchema.optional() })
  .meta({ id: 'CreatedAccount' });

export const NewAccountSchema = z.object({
  name: z.string().trim().min(1).max(120),
  email: z.string().trim().min(3).max(254),
  password: z
    .string()
    .max(1024)
    .optional()
    .describe('Left out: the answer carries a one-time link with which the person sets it'),
  admin: z.boolean().optional(),
});

export const AccountChangeSchema = z
  .object({ disabled: z.boolean().optional(), admin: z.boolean().optional() })
  .refine((change) => change.disabled !== undefined || change.admin !== undefined, {
    message: 'say what to change: disabled, admin or both',
  });

/** Whose password a one-time link sets (shown on the set-password page). */
export const PasswordLinkHolderSchema = z
  .object({ name: z.string(), email: z.string() })
  .meta({ id: 'PasswordLinkHolder' });

export type Account = z.infer<typeof AccountSchema>;
export type CreatedAccount = z.infer<typeof CreatedAccountSchema>;
export type PasswordLink = z.infer<typeof PasswordLinkSchema>;
export type PasswordLinkHolder = z.infer<typeof PasswordLinkHolderSchema>;

export const AccountListSchema = z.array(AccountSchema);

/** A person's API token as their account page lists it (the secret is never listed). */
export const ApiTokenListSchema = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    createdAt: z.string(),
    expiresAt: z.string(),
    revoked: z.boolean(),
  }),
);
/** A token just made: its secret, shown this once. */
export const CreatedApiTokenSchema = z.object({ token: z.string(), expiresAt: z.string() });
export const SessionsEndedSchema = z.object({ ended: z.number().int() });
