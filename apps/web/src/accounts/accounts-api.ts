import {
  AccountListSchema,
  AccountSchema,
  ApiTokenListSchema,
  CreatedApiTokenSchema,
  readerOf,
  SessionsEndedSchema,
  CreatedAccountSchema,
  PasswordLinkHolderSchema,
  PasswordLinkSchema,
  type Account,
  type CreatedAccount,
  type PasswordLink,
  type PasswordLinkHolder,
} from '@rapporteur/api-contract';

import { request, type ApiResult } from '../api/http.js';

const reader = readerOf;
const none = (): true => true;

export type { Account, CreatedAccount, PasswordLink, PasswordLinkHolder };

/** Every account (administrators only; the server refuses the others). */
export const fetchAccounts = (signal?: AbortSignal): Promise<ApiResult<readonly Account[]>> =>
  request('/api/admin/accounts', {
    ...(signal === undefined ? {} : { signal }),
    parse: reader(AccountListSchema),
  });

export const createAccount = (body: {
  name: string;
  email: string;
  password?: string;
  admin?: boolean;
}): Promise<ApiResult<CreatedAccount>> =>
  request('/api/admin/accounts', { method: 'POST', body, parse: reader(CreatedAccountSchema) });

export const changeAccount = (
  userId: string,
  body: { disabled?: boolean; admin?: boolean },
): Promise<ApiResult<Account>> =>
  request(`/api/admin/accounts/${encodeURIComponent(userId)}`, {
    method: 'PATCH',
    body,
    parse: reader(AccountSchema),
  });

export const passwordLinkFor = (userId: string): Promise<ApiResult<PasswordLink>> =>
  request(`/api/admin/accounts/${encodeURIComponent(userId)}/password-link`, {
    method: 'POST',
    parse: reader(PasswordLinkSchema),
  });

export const passwordLinkHolder = (token: string): Promise<ApiResult<PasswordLinkHolder>> =>
  request('/api/password-links/holder', {
    method: 'POST',
    body: { token },
    parse: reader(PasswordLinkHolderSchema),
  });

export const usePasswordLink = (token: string, password: string): Promise<ApiResult<true>> =>
  request('/api/password-links/use', { method: 'POST', body: { token, password }, parse: none });

export const renameMe = (name: string): Promise<ApiResult<true>> =>
  request('/api/account', { method: 'PATCH', body: { name }, parse: none });

export const changeMyPassword = (
  currentPassword: string,
  newPassword: string,
): Promise<ApiResult<true>> =>
  request('/api/account/password', {
    method: 'PUT',
    body: { currentPassword, newPassword },
    parse: none,
  });

export const endOtherSessions = (): Promise<ApiResult<{ ended: number }>> =>
  request('/api/account/other-sessions', {
    method: 'DELETE',
    parse: reader(SessionsEndedSchema),
  });

/** An API token as the account page lists it. */
export interface ApiToken {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly revoked: boolean;
}
export const fetchTokens = (): Promise<ApiResult<readonly ApiToken[]>> =>
  request('/api/tokens', { parse: reader(ApiTokenListSchema) });

export const createToken = (
  name: string,
  expiresInDays: number,
): Promise<ApiResult<{ token: string; expiresAt: string }>> =>
  request('/api/tokens', {
    method: 'POST',
    body: { name, expiresInDays },
    parse: reader(CreatedApiTokenSchema),
  });

export const revokeToken = (tokenId: string): Promise<ApiResult<true>> =>
  request(`/api/tokens/${encodeURIComponent(tokenId)}`, { method: 'DELETE', parse: none });

/** The full address of a one-time link, to copy and send. */
export const linkAddress = (link: PasswordLink): string => `${window.location.origin}${link.path}`;

/** A form's text field by name ('' when absent). */
export function fieldOf(form: HTMLFormElement, name: string): string {
  const value = new FormData(form).get(name);
  return typeof value === 'string' ? value : '';
}
