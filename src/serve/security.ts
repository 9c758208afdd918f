/**
 * The review server's gate, in the order a request meets it:
 * 1. every answer carries a strict Content-Security-Policy (own scripts and styles only,
 *    nothing from elsewhere, no framing), no-sniff, no referrer, no caching, and no CORS
 *    header ever (a page of another origin cannot read anything);
 * 2. the Host header must be exactly the host and port listened on, else 403 (DNS rebinding);
 * 3. a request that changes something must come from the page itself (an Origin, when sent,
 *    equal to ours) and not be a form, else 403 / 415;
 * 4. `/api/` and the page's files need the token, as `Authorization: Bearer TOKEN` or as the
 *    cookie set when the page is opened with `?token=` (HttpOnly, SameSite=Strict), else 401.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';

export const COOKIE = 'rotaplan_token';

/** 256 random bits, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sameToken(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(token, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The headers every answer carries. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) h.set(name, value);
    for (const name of [...h.keys()]) if (name.toLowerCase().startsWith('access-control-')) h.delete(name);
  };
}

export function error(c: Context, status: 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 500 | 503, message: string) {
  return c.json({ error: message }, status);
}

export const WRONG_HOST = 'wrong Host header: open the address rotaplan serve printed';

/** Whether a Host header is exactly `authority` (host:port as listened on; case does not matter). */
export function isOurHost(host: string | undefined, authority: string): boolean {
  return host !== undefined && host.toLowerCase() === authority.toLowerCase();
}

/** 403 unless Host is exactly `authority`. */
export function hostCheck(authority: () => string): MiddlewareHandler {
  return async (c, next) => {
    if (!isOurHost(c.req.header('host'), authority())) return error(c, 403, WRONG_HOST);
    await next();
  };
}

/** Changes only from our own page: same Origin when one is sent, and a JSON body. */
export function sameOriginWrites(authority: () => string): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const origin = c.req.header('origin');
      if (origin !== undefined && origin.toLowerCase() !== `http://${authority()}`.toLowerCase()) return error(c, 403, 'cross-origin request refused');
      // A form's encodings are refused (a page elsewhere can post a form without asking); a JSON
      // body is read whatever else it is labelled (the cookie is SameSite=Strict, the token a header).
      const type = c.req.header('content-type') ?? '';
      if (/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) return error(c, 415, 'send the body as application/json');
    }
    await next();
  };
}

/** 401 without the token (bearer header or cookie). */
export function tokenCheck(token: string): MiddlewareHandler {
  return async (c, next) => {
    const auth = c.req.header('authorization');
    const bearer = auth !== undefined && /^Bearer /i.test(auth) ? auth.slice(7).trim() : undefined;
    if (!sameToken(bearer, token) && !sameToken(getCookie(c, COOKIE), token)) {
      return c.req.path.startsWith('/api/')
        ? error(c, 401, 'unauthorised: send Authorization: Bearer TOKEN, or open the page with its token')
        : c.text('Open the address that `rotaplan serve` printed (with its token).', 401);
    }
    await next();
  };
}
