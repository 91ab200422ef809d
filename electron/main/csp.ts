/**
 * The Content-Security-Policy sent as a header with every app:// response.
 *
 * It must equal `contentSecurityPolicy` in vite.renderer.ts (the meta tag of the built page);
 * tests/unit/electron/protocol.test.ts enforces that. It is not imported from there because
 * that module imports @vitejs/plugin-react, which drags the whole Vite toolchain (~1.5 MB,
 * with requires of packages absent from the packaged app) into the main-process bundle.
 * As a header it can also carry `frame-ancestors`, which a meta tag cannot.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "worker-src 'self' blob:",
].join('; ');

export const contentSecurityPolicyHeader = `${contentSecurityPolicy}; frame-ancestors 'none'`;
