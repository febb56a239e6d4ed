import type { IncomingMessage } from 'node:http';
import type { Accounts, User } from '../accounts/accounts.js';
import { SESSION_COOKIE, type Credential } from '../auth/auth-context.js';
import { sameOrigin } from '../auth/origin-guard.js';

/** Who opened a socket, and with which credential: when that ends, the socket closes. */
export type SocketIdentity =
  | { readonly kind: 'user'; readonly user: User; readonly credential: Credential }
  | { readonly kind: 'refused'; readonly reason: 'unauthenticated' | 'cross_origin' };

/**
 * Authenticates a WebSocket upgrade: a `token` query parameter (scripts, bots, any Yjs client
 * outside a browser; they send no Origin and are not refused for that), else the session cookie,
 * which must come with this server's own Origin so that another site cannot use it.
 */
export async function identifySocket(
  request: IncomingMessage,
  params: URLSearchParams,
  accounts: Accounts,
): Promise<SocketIdentity> {
  const token = params.get('token');
  if (token !== null) {
    const resolved = await accounts.resolveToken(token);
    if (resolved === undefined) return { kind: 'refused', reason: 'unauthenticated' };
    return {
      kind: 'user',
      user: resolved.user,
      credential: {
        kind: 'token',
        tokenId: resolved.tokenId,
        expiresAt: resolved.expiresAt,
        userId: resolved.user.id,
      },
    };
  }
  const session = sessionCookie(request.headers.cookie);
  if (session === undefined) return { kind: 'refused', reason: 'unauthenticated' };
  const scheme =
    'encrypted' in request.socket && request.socket.encrypted === true ? 'https' : 'http';
  if (
    !sameOrigin(
      request.headers.origin,
      `${scheme}://${request.headers.host ?? 'localhost'}/`,
      request.headers.host,
    )
  ) {
    return { kind: 'refused', reason: 'cross_origin' };
  }
  const resolved = await accounts.resolveSession(session);
  return resolved === undefined
    ? { kind: 'refused', reason: 'unauthenticated' }
    : {
        kind: 'user',
        user: resolved.user,
        credential: {
          kind: 'session',
          sessionId: session,
          expiresAt: resolved.expiresAt,
          userId: resolved.user.id,
        },
      };
}

function sessionCookie(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decoded(value.join('='));
  }
  return undefined;
}

/** A cookie value percent-decoded; undefined when it is not valid percent-encoding (no session of ours). */
function decoded(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}
