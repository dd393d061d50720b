/**
 * Entry of the script-tag bundle for pages whose widgets were rendered on the
 * server (`standpoint-widgets render`): Lit's hydration support, which must
 * run before Lit itself is evaluated, then everything the main bundle has.
 * The elements then adopt the server's shadow DOM instead of replacing it.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export * from './define.js';
