/**
 * What a rendered widget really uses for a token, read in the browser, so
 * the token reference and the Theming editor stay right whenever a default
 * in src/ changes. A token the widget's `theme` palette sets is on the host;
 * one left unset is only a fallback in the widget's own styles
 * (`--_bar-color: var(--standpoint-counter-bar-color, var(--_accent))`):
 * that `var()`, resolved on the element its rule styles, is the value in use. Colours are normalised by the browser itself (a probe
 * element's computed `color`), so `color-mix()` and `currentColor` resolve
 * exactly as in the widget; contrast is WCAG 2.1's, from colorjs.io.
 */
import Color from 'colorjs.io';

/** Where a widget's styles read a token: the `var(--token, fallback)` text, and the element the rule applies to. */
interface Use {
  expression: string;
  element: Element;
}

function* styleRules(rules: CSSRuleList): Generator<CSSStyleRule> {
  for (const rule of rules) {
    if (rule instanceof CSSStyleRule) yield rule;
    // @media, @supports, @container and nested rules hold style rules of their own.
    if ('cssRules' in rule && rule.cssRules) yield* styleRules(rule.cssRules as CSSRuleList);
  }
}

/** The whole `var(…)` that starts at `start` of `text`, nested parentheses included. */
function balancedCall(text: string, start: number): string {
  let depth = 0;
  for (let index = start; index < text.length; index += 1) {
    if (text[index] === '(') depth += 1;
    else if (text[index] === ')' && --depth === 0) return text.slice(start, index + 1);
  }
  return text.slice(start);
}

/** The first rule of `widget`'s own styles (in their order) that reads `token`, and the first node it styles. */
function useOf(widget: Element, token: string): Use | undefined {
  const root = widget.shadowRoot;
  if (!root) return undefined;
  const reads = new RegExp(`var\\(\\s*${token}\\s*[,)]`);
  for (const sheet of [...root.adoptedStyleSheets, ...root.styleSheets]) {
    for (const rule of styleRules(sheet.cssRules)) {
      for (const property of rule.style) {
        const value = rule.style.getPropertyValue(property);
        const match = reads.exec(value);
        if (!match) continue;
        // `:host` rules style the element itself; others the first node they select (the `base` wrapper…).
        const selector = rule.selectorText.split(',')[0]!.trim();
        const element = selector.startsWith(':host') ? widget : safeQuery(root, selector);
        if (element) return { expression: balancedCall(value, match.index), element };
      }
    }
  }
  return undefined;
}

function safeQuery(root: ShadowRoot, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/** Runs `read` on a probe element placed where `context`'s own children are, so it inherits what they inherit. */
function withProbe<T>(context: Element, style: (probe: HTMLElement) => void, read: (computed: CSSStyleDeclaration) => T): T {
  const probe = document.createElement('span');
  style(probe);
  (context.shadowRoot ?? context).appendChild(probe);
  try {
    return read(getComputedStyle(probe));
  } finally {
    probe.remove();
  }
}

/**
 * The value `widget` uses for `token`: the widget's own `var(--token,
 * fallback)` resolved where it applies, so a value set on the host (a
 * palette, the designer's CSS) wins and an unset token gives the fallback
 * in use. `text` has every `var()` substituted; `element` is where it
 * applies (for resolving it as a colour). Undefined when the widget does
 * not read the token.
 */
export function tokenValue(widget: Element, token: string): { text: string; element: Element } | undefined {
  const use = useOf(widget, token);
  if (!use) {
    const own = getComputedStyle(widget).getPropertyValue(token).trim();
    return own ? { text: own, element: widget } : undefined;
  }
  const text = withProbe(
    use.element,
    (probe) => probe.style.setProperty('--probe', use.expression),
    (computed) => computed.getPropertyValue('--probe').trim(),
  );
  // `var(--standpoint-font-family, inherit)`: a custom property cannot hold `inherit`, so nothing is read back.
  return { text: text || 'inherited from the page', element: use.element };
}

/** `value` as the browser resolves it as a colour on `context` (currentColor and color-mix() included); undefined if it is not one. */
export function resolveColour(context: Element, value: string): Color | undefined {
  if (!CSS.supports('color', value)) return undefined;
  // In the widget's own tree, so that currentColor is the widget's text colour there.
  const computed = withProbe(
    context,
    (probe) => (probe.style.color = value),
    (style) => style.color,
  );
  try {
    return new Color(computed);
  } catch {
    return undefined;
  }
}

/** `colour` laid over the opaque `background`, as the reader sees a translucent colour. */
function over(colour: Color, background: Color): Color {
  const alpha = colour.alpha.valueOf();
  if (alpha >= 1) return colour;
  const [r, g, b] = colour.to('srgb').coords.map((value) => value ?? 0);
  const [br, bg, bb] = background.to('srgb').coords.map((value) => value ?? 0);
  return new Color('srgb', [r! * alpha + br! * (1 - alpha), g! * alpha + bg! * (1 - alpha), b! * alpha + bb! * (1 - alpha)]);
}

/** The WCAG 2.1 contrast ratio of `foreground` on `background`, translucent colours laid over the background first. */
export function contrastRatio(foreground: Color, background: Color): number {
  const base = over(background, new Color('white'));
  return Color.contrast(over(foreground, base), base, 'WCAG21');
}

/** `#rrggbb` for a colour input (which takes no alpha). */
export function toHex(colour: Color): string {
  return colour.to('srgb').toGamut().toString({ format: 'hex', collapse: false }).slice(0, 7);
}

/** How the reference writes a colour: hex when opaque, else hex with alpha. */
export function formatColour(colour: Color): string {
  return colour.to('srgb').toGamut().toString({ format: 'hex', collapse: false });
}
