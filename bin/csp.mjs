/**
 * The strict Content-Security-Policy the demo is served with, and that tests
 * can reuse: the widgets must work with no inline script or style, no
 * third-party origin and Trusted Types enforced (lit-html and DOMPurify are
 * the only policies allowed to create one). Published, because the builder
 * command serves the builder under it, widened for feeds and share images
 * from any address.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html dompurify',
].join('; ');

/** The builder's policy: the strict one, but a feed and its share image may come from any address. */
export const BUILDER_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("connect-src 'self'", "connect-src 'self' https: http:").replace(
  "img-src 'self'",
  "img-src 'self' https:",
);
