/**
 * The published version of the library, for URLs that must name it (the CDN
 * address in the embed snippet). Kept equal to `version` in package.json:
 * a test compares them.
 */
export const LIBRARY_VERSION = '0.1.0';
