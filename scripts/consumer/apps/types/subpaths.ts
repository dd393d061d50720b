// Every subpath resolves with and without `.js`.
import 'standpoint-widgets/define';
import 'standpoint-widgets/standpoint-demands';
import 'standpoint-widgets/standpoint-embed.js';
import type { Feed } from 'standpoint-widgets/feed.js';
import type { FeedData } from 'standpoint-widgets/feed';
import type {} from 'standpoint-widgets/jsx/react.js';
import type { RenderedWidget } from 'standpoint-widgets/ssr';
import type { RenderWidgetOptions } from 'standpoint-widgets/ssr.js';

export const data = (feed: Feed): FeedData => feed;
export const options = (feed: Feed): RenderWidgetOptions => ({ feed, lang: 'uk', attributes: { 'heading-level': 3, collapsed: true } });
export type Html = RenderedWidget['html'];
