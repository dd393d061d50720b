export * from './en.js';
export * from './uk.js';
export { resolveLanguage, toUiLocale, setStrings, stringsFor, UI_LOCALES, type UiLocale, type StringTables } from './locale.js';
export * from './format.js';
