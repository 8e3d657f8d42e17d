/**
 * Security headers (@fastify/helmet) on every response. The API's own responses are data, never pages, so the
 * global Content-Security-Policy allows nothing at all. Two kinds of response are pages and get their own policy:
 * - HTML reports (HTML_REPORT_CSP, set by the check route): inline styles only, as the self-contained report
 *   has a <style> element and no scripts; images only as data: URLs; it cannot be framed.
 * - The Swagger UI at /docs (DOCS_CSP, set by the swagger plugin): scripts, styles and fonts from this origin
 *   only, and fetches to this origin only (for /openapi.json and "Try it out").
 * X-Content-Type-Options: nosniff is set everywhere (helmet's default), so JSON is never sniffed as HTML.
 */
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export const API_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const HTML_REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const DOCS_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

async function securityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'none'"],
        'base-uri': ["'none'"],
        'form-action': ["'none'"],
        'frame-ancestors': ["'none'"],
      },
    },
    // Same-origin only; the API is not meant to be embedded or read cross-origin by browsers.
    crossOriginResourcePolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'no-referrer' },
    // Agrees with frame-ancestors 'none' for browsers that only know X-Frame-Options.
    frameguard: { action: 'deny' },
  });
}

export default fp(securityHeaders, { name: 'campaigncheck-security-headers', fastify: '5.x' });
