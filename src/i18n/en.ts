import type { PluralForms } from './format.js';

/**
 * English interface strings. `{name}` marks a value filled in at render
 * time; objects are plural forms chosen by `Intl.PluralRules`.
 * Each widget has its own block, so a widget's bundle carries only the
 * strings it shows (with the shared block); `en` joins them all.
 */
export const enShared = {
  loading: 'Loading the standpoint…',
  loadError: 'The standpoint could not be loaded.',
  // the "Try again" button of a feed that could not be loaded, and what it says after a failed retry
  retry: 'Try again',
  retrying: 'Trying again…',
  retryFailed: 'It still could not be loaded. Check the connection and try again.',
  campaignClosed: 'This campaign has closed.',
  updatedAgo: 'updated {time}',
  newWindow: '(opens in a new tab)',
  // the join link of counter and share, when the feed gives no words for it
  joinStandpoint: 'Join the standpoint',
  // the signatories of counter and share
  signatories: { one: '{count} signatory', other: '{count} signatories' } as PluralForms,
  organizations: { one: '{count} organisation', other: '{count} organisations' } as PluralForms,
  people: { one: '{count} person', other: '{count} people' } as PluralForms,
};

export const enStatement = {
  statementEmpty: 'The text of this standpoint has not been published yet.',
  statementPublished: 'Published {date}',
  statementModified: 'updated {date}',
  statementAuthorOne: 'By',
  statementAuthorMany: 'By',
  statementTopics: 'Topics',
  statementReadMore: 'Read more',
  statementShowLess: 'Show less',
  statementTextLoading: 'Loading the text…',
  statementDocuments: 'Documents',
  statementOtherVersions: 'Also available:',
  statementOriginalPublication: 'Read the original publication',
  statementSizeBytes: '{size}\u00a0B',
  statementSizeKilobytes: '{size}\u00a0KB',
  statementSizeMegabytes: '{size}\u00a0MB',
  statementSizeGigabytes: '{size}\u00a0GB',
};

export const enDemands = {
  demandsHeading: 'Demands',
  demandsSummary: {
    one: '{done} of {count} demand enshrined in an agreement',
    other: '{done} of {count} demands enshrined in an agreement',
  } as PluralForms,
  demandsShowing: { one: 'Showing {shown} of {count} demand.', other: 'Showing {shown} of {count} demands.' } as PluralForms,
  demandsEmpty: 'This standpoint lists no demands yet.',
  demandsNoMatch: 'No demand has the chosen status.',
  demandsStatusPrefix: 'Status:',
  demandsUpdated: 'Updated {date}',
  demandsSource: 'Source of this status',
  demandsSourceOf: '(demand {number})',
  demandsChanged: 'Demand {number}: now {status}.',
  demandsJustChanged: 'just changed',
  demandsLegendHeading: 'What the statuses mean',
  demandStatusPending: 'Awaiting a response',
  demandStatusPendingHelp: 'No response to the demand yet.',
  demandStatusVoiced: 'Voiced',
  demandStatusVoicedHelp: 'Raised in public or with the parties, but not yet taken up in talks.',
  demandStatusNegotiating: 'Under negotiation',
  demandStatusNegotiatingHelp: 'On the agenda of ceasefire or peace talks.',
  demandStatusEnshrined: 'Enshrined in an agreement',
  demandStatusEnshrinedHelp: 'Written into a signed agreement or other signed document.',
  demandStatusImplemented: 'Implemented',
  demandStatusImplementedHelp: 'Carried out in practice.',
  demandStatusRejected: 'Rejected',
  demandStatusRejectedHelp: 'Refused by a party to the talks.',
};

export const enCounter = {
  counterEmpty: 'The number of signatories has not been published yet.',
  counterVerified: '{count} verified',
  counterVerifiedBadge: 'verified',
  counterGoal: '{count} of {goal} ({percent})',
  counterGoalReached: 'Goal reached',
  counterChartCaption: 'Signatories over time',
  counterChartSummary: 'From {from} on {fromDate} to {to} on {toDate}.',
  counterChartDate: 'Date',
  counterChartCount: 'Signatories',
  counterListLabel: 'Signatories',
  counterShowAll: 'Show all {count}',
  counterShowFewer: 'Show fewer',
  counterPause: 'Pause live updates',
  counterPaused: 'Live updates are paused.',
  counterWaiting: 'New figures will show when you resume.',
  counterAnnouncement: 'Now {total}.',
};

export const enShare = {
  shareFallbackTitle: 'Share the standpoint',
  shareNothing: 'There is no link to share yet.',
  shareCopyLink: 'Copy link',
  shareCopied: 'Link copied!',
  shareCopyRefused: 'Your browser did not let the page copy. The link is selected below: copy it with Ctrl+C (⌘C on a Mac) or your device’s menu.',
  shareLinkLabel: 'Link to the standpoint',
  shareSystem: 'Share…',
  shareSystemFailed: 'The share menu did not open. Copy the link instead.',
  shareNetworks: 'Social networks and messengers',
  shareOn: 'Share on {network}',
  shareEmail: 'Email',
  shareByEmail: 'Share by email',
  shareFediverseLabel: 'Fediverse (Mastodon and others): your server',
  shareFediverseHint: 'For example mastodon.social. It is not saved anywhere.',
  shareFediverseButton: 'Share',
  shareFediverseName: 'Share on the Fediverse',
  shareFediverseInvalid: 'This is not a server name. Type one like mastodon.social.',
  shareEmbed: 'Embed on your site',
  shareEmbedHint: 'Paste this code into your page: it shows the standpoint and stays up to date with the same feed.',
  shareEmbedChoice: 'What to show',
  shareEmbedStatement: 'The statement',
  shareEmbedWhole: 'The whole standpoint: statement, demands, signatories and sharing',
  shareEmbedLabel: 'Code to paste',
  shareEmbedCopy: 'Copy code',
  shareEmbedCopied: 'Code copied!',
  shareEmbedRefused: 'Your browser did not let the page copy. The code is selected: copy it with Ctrl+C (⌘C on a Mac) or your device’s menu.',
  shareEmbedLinkText: 'Read the standpoint',
};

export const enRelated = {
  relatedHeading: 'Other materials',
  relatedEmpty: 'There are no other materials yet.',
  relatedMore: 'More materials',
  relatedUntitled: 'Untitled',
  relatedDemandsPrefix: 'Demands:',
  relatedProgress: '{done} of {count} enshrined',
};

/** The strings of a block: text, or plural forms chosen by `Intl.PluralRules`. */
type StringsOf<Block> = { [K in keyof Block]: Block[K] extends PluralForms ? PluralForms : string };

export type SharedStrings = StringsOf<typeof enShared>;
export type StatementStrings = SharedStrings & StringsOf<typeof enStatement>;
export type DemandsStrings = SharedStrings & StringsOf<typeof enDemands>;
export type CounterStrings = SharedStrings & StringsOf<typeof enCounter>;
export type ShareStrings = SharedStrings & StringsOf<typeof enShare>;
export type RelatedStrings = SharedStrings & StringsOf<typeof enRelated>;

/** Every interface string a widget may show; `uk.ts` must give them all. */
export type UiStrings = StatementStrings & DemandsStrings & CounterStrings & ShareStrings & RelatedStrings;

/** Every English string, for `setStrings` users and tests. */
// Object.assign marked pure (not a spread, which bundlers keep in case of getters): a bundle that never reads `en` carries none of it.
export const en: UiStrings = /* @__PURE__ */ Object.assign({}, enShared, enStatement, enDemands, enCounter, enShare, enRelated);
