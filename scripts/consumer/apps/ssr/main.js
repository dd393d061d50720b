// Hydration in a bundled app: Lit's hydration support before any element
// module, then the widgets.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'standpoint-widgets/define';
