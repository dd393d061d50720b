/**
 * An analyzer plugin (custom-elements-manifest.config.mjs) that makes
 * custom-elements.json describe the package as it is published, not the
 * repository it was analysed in:
 *
 *   - every module `path` and every reference's `module` names the shipped
 *     file (`dist/components/x/x.js`, not `src/components/x/x.ts`, which is
 *     not in the package), written one way (no leading `/`);
 *   - each widget's define module exports its tag as a
 *     `custom-element-definition`, so tools know which import registers
 *     which element.
 */

/** `src/x/y.ts` or `/src/x/y.js` → `dist/x/y.js`. */
export function shippedPath(path) {
  return path.replace(/^\/+/, '').replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
}

/** Rewrites every `module` of a reference (declaration, superclass, inheritedFrom) in place. */
function rewriteReferences(value) {
  if (Array.isArray(value)) {
    value.forEach(rewriteReferences);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'module' && typeof child === 'string') value[key] = shippedPath(child);
      else rewriteReferences(child);
    }
  }
}

/** `[{ tagName, name, module }]` of every custom element in the manifest. */
function customElements(manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => ({ tagName: declaration.tagName, name: declaration.name, module: module.path })),
  );
}

export function shippedPathsPlugin() {
  return {
    name: 'standpoint-shipped-paths',
    packageLinkPhase({ customElementsManifest: manifest }) {
      for (const module of manifest.modules) module.path = shippedPath(module.path);
      rewriteReferences(manifest.modules);
      const elements = customElements(manifest);
      for (const module of manifest.modules) {
        const folder = /^dist\/components\/([^/]+)\/define\.js$/.exec(module.path)?.[1];
        if (!folder) continue;
        const defined = elements.filter((element) => element.module === `dist/components/${folder}/${folder}.js`);
        module.exports = [
          ...(module.exports ?? []).filter((entry) => entry.kind !== 'custom-element-definition'),
          ...defined.map((element) => ({
            kind: 'custom-element-definition',
            name: element.tagName,
            declaration: { name: element.name, module: element.module },
          })),
        ];
      }
    },
  };
}
