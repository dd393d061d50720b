export { en, type UiStrings } from './en.js';
export { uk } from './uk.js';
export { resolveLanguage, toUiLocale, setStrings, stringsFor, UI_LOCALES, type UiLocale } from './locale.js';
export * from './format.js';
