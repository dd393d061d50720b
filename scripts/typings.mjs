/**
 * Typings generated from custom-elements.json (the manifest) after the npm
 * build, so they never drift from the elements:
 *
 *   dist/jsx/react.d.ts     `React.JSX.IntrinsicElements` for React 19
 *   dist/jsx/preact.d.ts    `preact.JSX.IntrinsicElements` for Preact 10
 *   dist/jsx/elements.d.ts  the props of each element, shared by both
 *   dist/vscode.html-custom-data.json   tags, attributes and values for VS Code's HTML editor
 *   dist/web-types.json     the same and more (events, slots, CSS) for JetBrains IDEs
 *
 * Props are typed from the element classes themselves (`StandpointCounter['variant']`),
 * so the JSX types check exactly what the element accepts. React 19 and
 * Preact set a prop as a property when the element has one (`feed`, `strings`,
 * `headingLevel`) and as an attribute otherwise (`heading-level`), and listen
 * to `on<event-name>`: each element gets the three kinds.
 *
 * Where an attribute takes a fixed set of words (a union of string
 * literals, even behind an alias such as `CounterVariant`), TypeScript's
 * checker reads them from the built declarations for VS Code's completion.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** A manifest module path, `dist/components/x/x.js` → the import path of its declarations from `dist/jsx/`. */
const importPath = (modulePath) => `../${modulePath.replace(/^dist\//, '')}`;

/** The custom elements of the manifest, each with its module path. */
export function manifestElements(manifest) {
  return manifest.modules
    .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ ...declaration, path: module.path })))
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/**
 * `{ 'StandpointCounter': { variant: ['full', 'compact'], … } }`: the fixed
 * words of each string-valued property, read from the built declarations.
 */
function literalValues(distDir, elements) {
  const entry = join(distDir, 'index.d.ts');
  const program = ts.createProgram([entry], { strict: true, skipLibCheck: true, noEmit: true, moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext });
  const checker = program.getTypeChecker();
  // The build has just written the declarations: the file and its module are there.
  const moduleSymbol = /** @type {import('typescript').Symbol} */ (checker.getSymbolAtLocation(/** @type {import('typescript').SourceFile} */ (program.getSourceFile(entry))));
  const exported = new Map(checker.getExportsOfModule(moduleSymbol).map((symbol) => [symbol.name, symbol]));
  const values = {};
  for (const element of elements) {
    let symbol = exported.get(element.name);
    if (!symbol) continue;
    if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const instance = checker.getDeclaredTypeOfSymbol(symbol);
    values[element.name] = {};
    for (const attribute of element.attributes ?? []) {
      if (!attribute.fieldName) continue;
      const property = checker.getPropertyOfType(instance, attribute.fieldName);
      if (!property) continue;
      const type = checker.getNonNullableType(checker.getTypeOfSymbol(property));
      const members = type.isUnion() ? type.types : [type];
      if (members.every((member) => member.isStringLiteral())) {
        // A list type (`"voiced negotiating"`) offers each of its words.
        const words = new Set(members.flatMap((member) => member.value.split(' ')).filter(Boolean));
        values[element.name][attribute.fieldName] = [...words];
      }
    }
  }
  return values;
}

/** The props interface of one element, as TypeScript source. */
function propsInterface(element) {
  const className = element.name;
  const lines = [];
  const seen = new Set();
  const add = (name, type, description) => {
    if (seen.has(name)) return;
    seen.add(name);
    if (description) lines.push(`  /** ${description.replace(/\*\//g, '*\\/').replace(/\n+/g, ' ')} */`);
    lines.push(`  ${/^[a-zA-Z_$][\w$]*$/.test(name) ? name : `'${name}'`}?: ${type};`);
  };
  for (const attribute of element.attributes ?? []) {
    if (!attribute.fieldName) continue; // `lang` and other global attributes come with the HTML attributes
    const propertyType = `${className}['${attribute.fieldName}']`;
    add(attribute.fieldName, propertyType, attribute.description);
    // The attribute spelling, which JSX sets with setAttribute, takes what
    // the property takes: a number is written `{3}` in both spellings, as
    // React sets `refresh` (a property name) as a property, unconverted.
    if (attribute.name !== attribute.fieldName) add(attribute.name, propertyType, attribute.description);
  }
  for (const member of element.members ?? []) {
    if (member.kind !== 'field' || member.static || member.privacy || member.readonly) continue;
    if ((element.attributes ?? []).some((attribute) => attribute.fieldName === member.name)) continue;
    add(member.name, `${className}['${member.name}']`, member.description);
  }
  for (const event of element.events ?? []) {
    if (!event.name) continue;
    add(`on${event.name}`, `(event: GlobalEventHandlersEventMap['${event.name}']) => void`, event.description);
  }
  return `/** Props of \`<${element.tagName}>\`: properties, attribute spellings and events. */\nexport interface ${className}Props {\n${lines.join('\n')}\n}`;
}

function elementsDeclaration(elements) {
  const imports = elements.map((element) => `import type { ${element.name} } from '${importPath(element.path)}';`);
  return [
    '// Generated by scripts/typings.mjs from custom-elements.json. Do not edit.',
    "import type {} from '../events.js';",
    ...imports,
    '',
    ...elements.map(propsInterface).flatMap((block) => [block, '']),
    '/** Every element of the library, by tag name. */',
    'export interface StandpointElementProps {',
    ...elements.map((element) => `  '${element.tagName}': ${element.name}Props;`),
    '}',
    '',
  ].join('\n');
}

function frameworkDeclaration(framework, elements) {
  const classImports = `import type { ${elements.map((element) => element.name).join(', ')} } from '../index.js';`;
  const propsImports = `import type { ${elements.map((element) => `${element.name}Props`).join(', ')} } from './elements.js';`;
  const entries = elements.map((element) =>
    framework === 'react'
      ? `      '${element.tagName}': Omit<DetailedHTMLProps<HTMLAttributes<${element.name}>, ${element.name}>, keyof ${element.name}Props> & ${element.name}Props;`
      : `      '${element.tagName}': Omit<JSX.HTMLAttributes<${element.name}>, keyof ${element.name}Props> & ${element.name}Props;`,
  );
  const header =
    framework === 'react'
      ? [
          '/**',
          ' * JSX types of the standpoint elements for React 19:',
          " *   import type {} from 'standpoint-widgets/jsx/react';",
          ' * React 19 sets a prop as a property when the element has one (`feed`),',
          ' * else as an attribute, and listens to `onstandpoint-load`.',
          ' */',
          "import type { DetailedHTMLProps, HTMLAttributes } from 'react';",
        ]
      : [
          '/**',
          ' * JSX types of the standpoint elements for Preact:',
          " *   import type {} from 'standpoint-widgets/jsx/preact';",
          ' */',
          "import type { JSX } from 'preact';",
        ];
  return [
    '// Generated by scripts/typings.mjs from custom-elements.json. Do not edit.',
    ...header,
    classImports,
    propsImports,
    '',
    `declare module '${framework}' {`,
    '  namespace JSX {',
    '    interface IntrinsicElements {',
    ...entries,
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');
}

/** VS Code's `html.customData` format (version 1.1). */
function customData(elements, values, homepage) {
  return {
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: [element.summary, element.description].filter(Boolean).join('\n\n'),
      attributes: (element.attributes ?? []).map((attribute) => {
        const words = attribute.fieldName ? values[element.name]?.[attribute.fieldName] : undefined;
        return {
          name: attribute.name,
          description: [attribute.description, attribute.default !== undefined ? `Default: \`${attribute.default}\`.` : '']
            .filter(Boolean)
            .join(' '),
          ...(attribute.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
          ...(words ? { values: words.map((word) => ({ name: word })) } : {}),
        };
      }),
      references: [{ name: 'Documentation', url: `${homepage}#attributes-every-element-takes` }],
    })),
  };
}

/**
 * JetBrains' web-types (IntelliJ, WebStorm): tags, attributes with their
 * values, properties, events, slots, CSS custom properties and parts.
 */
function webTypes(elements, values, { name, version, homepage }) {
  const described = (entry) => ({ name: entry.name, ...(entry.description ? { description: entry.description } : {}) });
  const cssProperties = new Map();
  const cssParts = new Map();
  for (const element of elements) {
    for (const property of element.cssProperties ?? []) cssProperties.set(property.name, described(property));
    for (const part of element.cssParts ?? []) cssParts.set(part.name, described(part));
  }
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name,
    version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tagName,
          description: [element.summary, element.description].filter(Boolean).join('\n\n'),
          'doc-url': `${homepage}#attributes-every-element-takes`,
          attributes: (element.attributes ?? []).map((attribute) => {
            const words = attribute.fieldName ? values[element.name]?.[attribute.fieldName] : undefined;
            const type = attribute.type?.text ?? 'string';
            return {
              ...described(attribute),
              ...(attribute.default !== undefined ? { default: attribute.default } : {}),
              value: type === 'boolean' ? { type: 'boolean' } : { type: words ? words.map((word) => `'${word}'`).join(' | ') : type },
            };
          }),
          slots: (element.slots ?? []).map(described),
          events: (element.events ?? []).filter((event) => event.name).map(described),
          js: {
            properties: (element.members ?? [])
              .filter((member) => member.kind === 'field' && !member.static && !member.privacy)
              .map((member) => ({ ...described(member), ...(member.type?.text ? { type: member.type.text } : {}) })),
            events: (element.events ?? []).filter((event) => event.name).map(described),
          },
        })),
      },
      css: { properties: [...cssProperties.values()], parts: [...cssParts.values()] },
    },
  };
}

/** Writes every generated typing file; returns their paths relative to `root`. */
export function writeTypings({ root, distDir, manifestPath, homepage }) {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const elements = manifestElements(manifest);
  if (elements.length === 0) throw new Error(`${manifestPath} lists no custom element`);
  const values = literalValues(distDir, elements);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const jsxDir = join(distDir, 'jsx');
  mkdirSync(jsxDir, { recursive: true });
  const files = {
    [join(jsxDir, 'elements.d.ts')]: elementsDeclaration(elements),
    [join(jsxDir, 'react.d.ts')]: frameworkDeclaration('react', elements),
    [join(jsxDir, 'preact.d.ts')]: frameworkDeclaration('preact', elements),
    // Empty modules, so `import 'standpoint-widgets/jsx/react'` resolves at run time too.
    [join(jsxDir, 'react.js')]: 'export {};\n',
    [join(jsxDir, 'preact.js')]: 'export {};\n',
    [join(distDir, 'vscode.html-custom-data.json')]: `${JSON.stringify(customData(elements, values, homepage), null, 2)}\n`,
    [join(distDir, 'web-types.json')]: `${JSON.stringify(webTypes(elements, values, { name: pkg.name, version: pkg.version, homepage }), null, 2)}\n`,
  };
  for (const [path, text] of Object.entries(files)) writeFileSync(path, text);
  return Object.keys(files).map((path) => relative(root, path));
}
