/**
 * standpoint-widgets: what an app needs, with no side effects. Import
 * `standpoint-widgets/define` (or a widget's own `standpoint-widgets/<tag>`)
 * to register the elements.
 *
 * Every name here is a promise kept across minor versions; README.md ("For
 * developers") lists each one and why it is here, and a test fails when
 * this file and that list part. Everything else (URL builders, formatters,
 * string tables, the view model) is internal: tests import it from its own
 * module under src/.
 *
 * Importing this module, even type-only, brings the six tags into
 * `HTMLElementTagNameMap` and the three events into the global event maps
 * (the element modules and events.ts declare them), so
 * `document.querySelector('standpoint-counter')` is typed.
 */
export { StandpointStatement } from './components/standpoint-statement/standpoint-statement.js';
export { StandpointDemands } from './components/standpoint-demands/standpoint-demands.js';
export { StandpointCounter, type CounterVariant } from './components/standpoint-counter/standpoint-counter.js';
export { StandpointShare } from './components/standpoint-share/standpoint-share.js';
export { StandpointEmbed } from './components/standpoint-embed/standpoint-embed.js';
export { StandpointRelated } from './components/standpoint-related/standpoint-related.js';
export type { DemandStatusFilter } from './components/standpoint-demands/demand-status.js';
// A type, not a value: it names "any of the six" and their shared properties,
// but it is no base to extend (its protected members are internal).
export type { StandpointElement, Theme } from './base/standpoint-element.js';
export {
  StandpointLoadEvent,
  StandpointErrorEvent,
  StandpointShareEvent,
  type StandpointLoadDetail,
  type StandpointErrorDetail,
  type StandpointShareDetail,
} from './events.js';
export * from './feed/index.js';
export { setStrings, type UiLocale } from './i18n/locale.js';
export type { UiStrings } from './i18n/en.js';
export { LIBRARY_VERSION } from './version.js';
