import { secureHeaders } from 'hono/secure-headers';

/**
 * Security headers on every answer. The editor loads nothing from other origins; it opens a
 * WebSocket to its own origin, which `connect-src 'self'` allows in current browsers.
 */
export function securityHeaders() {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
    },
    referrerPolicy: 'same-origin',
  });
}
