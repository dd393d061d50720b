/**
 * For tools that help people write a feed (the builder, the command line,
 * an editor of your own): every problem in the webmaster's language, and
 * the warnings about a feed that is valid but not ready. Not part of the
 * package root, so the widgets' bundles never carry it.
 * `standpoint-widgets/feed/authoring` in package.json.
 *
 * Everything here imports only its siblings (no npm package), so a browser
 * can load `dist/feed/authoring.js` as it is.
 */
export { describeProblem, feedProblem, problemMessage, type ProblemLanguage } from './problem-text.js';
export { lintFeed } from './lint.js';
export { joinKey } from './path.js';
export type { FeedProblem, FeedProblemCode, FeedProblemDetails, FeedProblemSeverity } from './types.js';
