/**
 * The Content-Security-Policy of the built app: scripts only from its own files (no inline script, no
 * eval), MapLibre's worker from its own file, images and fonts from the app or data it made itself,
 * and connections only to its own origin (the live class's socket included).
 * Inline styles stay allowed (Svelte's style attributes and MapLibre's controls use them).
 * The server sends it as a header; the static build also carries it in a meta tag (vite.config.ts).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** What a header may add that a meta tag cannot: no framing by other sites. */
export const HEADER_CSP = `${CSP}; frame-ancestors 'none'`;

/** The security headers every response carries. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': HEADER_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};
