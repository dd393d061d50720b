/** The demo's strict Content-Security-Policy; written once in bin/csp.mjs, which the published builder command also uses. */
export { CONTENT_SECURITY_POLICY } from '../bin/csp.mjs';
