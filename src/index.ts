/**
 * standpoint-widgets: the classes, events, feed layer and i18n helpers, with
 * no side effects. Import `standpoint-widgets/define.js` (or a widget's own
 * `define.js`) to register the elements.
 */
export { StandpointElement, type Theme } from './base/standpoint-element.js';
export { FeedController, type FeedSource, type FeedStatus } from './controllers/feed-controller.js';
export { defineElement } from './define-element.js';
export * from './events.js';
export * from './feed/index.js';
export { setStrings, resolveLanguage, toUiLocale, UI_LOCALES, type UiLocale, type UiStrings } from './i18n/index.js';
/** The shipped interface strings, every widget's, to read or to base `setStrings` overrides on. */
export { en } from './i18n/en.js';
export { uk } from './i18n/uk.js';
export { StandpointStatement } from './components/standpoint-statement/standpoint-statement.js';
export { textToParagraphs, linkify, trimUrl, type Segment, type Paragraph } from './components/standpoint-statement/paragraphs.js';
export { CONTENT_ALLOWLIST, SANITIZE_CONFIG, NATIVE_SANITIZER_CONFIG, nativeSanitizerAvailable, sanitizerReady, sanitizeContent, loadSanitizer, sanitizeHtml, htmlToPlainText, type SanitizeOptions } from './components/standpoint-statement/sanitize.js';
export { groupAttachments, describeAttachment, formatFileSize, formatName, languageFromUrl, type AttachmentGroup, type AttachmentVersion, type SizeUnits } from './components/standpoint-statement/attachments.js';
export { clampHeadingLevel } from './shared/heading.js';
export { textDirection } from './i18n/direction.js';
export { StandpointDemands } from './components/standpoint-demands/standpoint-demands.js';
export { StandpointCounter, type CounterVariant } from './components/standpoint-counter/standpoint-counter.js';
export { countLabel, goalProgress, goalText, updatedText, listPage, nextListLimit, tweenCount, type CountLabel, type GoalProgress } from './components/standpoint-counter/signatories.js';
export { signatoryCount, signatoryNoun, verifiedCount, countWasRejected, type SignatoryNoun } from './feed/signatories.js';
export { sortedHistory, sparklinePoints, sparklineArea, sparklineSummary, historyDate, crossesYears } from './components/standpoint-counter/sparkline.js';
export { demandStatusLabel, parseStatusFilter, filterDemands, diffDemandStatuses, describeDemandChanges, type DemandStatusFilter, type NumberedDemand, type DemandChange } from './components/standpoint-demands/demand-status.js';
export { DEMAND_PROGRESSION, DEMAND_STATUS_INFO, demandStatusInfo, isEnshrined, summarizeDemands, type DemandStatusInfo, type DemandIcon, type DemandTone, type DemandSummary } from './feed/demand-status.js';
export { StandpointShare } from './components/standpoint-share/standpoint-share.js';
export { LINK_NETWORKS, DEFAULT_NETWORKS, NETWORK_NAMES, parseNetworks, buildShareUrl, buildFediverseUrl, normalizeServer, withCampaign, hashtagWords, encodeParam, isShareableUrl, type LinkNetwork, type ShareNetwork, type ShareData, type CampaignParams } from './components/standpoint-share/share-urls.js';
export { buildEmbedSnippet, CDN_SCRIPT_URL, type EmbedSnippetOptions } from './components/standpoint-share/embed-snippet.js';
export { LIBRARY_VERSION } from './version.js';
export { StandpointEmbed } from './components/standpoint-embed/standpoint-embed.js';
export { EMBED_SECTIONS, SECTION_COLUMN, parseSections, arrangeSections, type EmbedSection, type EmbedColumn, type EmbedColumnKind } from './components/standpoint-embed/sections.js';
export { StandpointRelated } from './components/standpoint-related/standpoint-related.js';
export { DEFAULT_RELATED_LIMIT, parseLimit, itemTime, relatedItems, demandProgress, excerpt, headlineOf, itemLink, type Headline } from './components/standpoint-related/related-items.js';
