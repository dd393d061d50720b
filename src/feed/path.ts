/**
 * JSON paths as every part of the library writes them (`items[0].url`,
 * `translations["uk-UA"]`), shared by the validator, the authoring checks
 * and the tools that place a problem in the feed's text. Imports nothing.
 */

/** Keys and values are cut to this length in paths and messages: a problem message stays short. */
export const SHOWN_LENGTH = 40;

/** A text cut to SHOWN_LENGTH characters, with an ellipsis. */
export const shorten = (text: string): string => (text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH - 1)}…` : text);

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A key appended to a JSON path: `a.b`, `a["uk-UA"]`; a very long key is cut short. */
export function joinKey(path: string, key: string): string {
  const shown = shorten(key);
  return IDENTIFIER.test(shown) ? (path ? `${path}.${shown}` : shown) : `${path}[${JSON.stringify(shown)}]`;
}

/** The last key of a path: `items[0].url` → `url`, `a["uk-UA"]` → `uk-UA`, `list[3]` → `list`. */
export function fieldOf(path: string): string {
  const match = /(?:^|\.)([A-Za-z_$][\w$…]*)(?:\[\d+\])*$|\["((?:[^"\\]|\\.)*)"\](?:\[\d+\])*$/.exec(path);
  if (match?.[1] !== undefined) return match[1];
  return match?.[2] !== undefined ? (JSON.parse(`"${match[2]}"`) as string) : '';
}
