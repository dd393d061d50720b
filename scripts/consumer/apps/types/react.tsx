// React 19 JSX: the generated IntrinsicElements check the elements' props.
import type {} from 'standpoint-widgets/jsx/react';
import type { Feed } from 'standpoint-widgets/feed';

declare const feed: Feed;

export const page = (
  <>
    <standpoint-counter src="/feed.json" lang="uk" refresh={300} variant="compact" goal={500} page-size={20} feed={feed}
      onstandpoint-load={(event) => console.log(event.detail.item.title)} />
    <standpoint-statement heading-level={3} collapsed className="wide">
      <a href="/standpoint">Read the standpoint</a>
    </standpoint-statement>
    <standpoint-share networks="telegram email" utm-source="site" onstandpoint-share={(event) => console.log(event.detail.network)} />
  </>
);

// @ts-expect-error not a variant of the counter
export const badVariant = <standpoint-counter variant="huge" />;
// @ts-expect-error refresh is a number of seconds
export const badRefresh = <standpoint-counter refresh="often" />;
// @ts-expect-error the load event's detail has no such field
export const badEvent = <standpoint-counter onstandpoint-load={(event) => event.detail.nothing} />;
// @ts-expect-error no such element
export const unknownElement = <standpoint-nothing />;
// @ts-expect-error feed takes feed data, not any value
export const badFeed = <standpoint-counter feed={42} />;
// @ts-expect-error a feed needs its version and items
export const badFeedShape = <standpoint-counter feed={{ items: 'none' }} />;
// @ts-expect-error not a demand status
export const badStatus = <standpoint-demands status="done" />;
// @ts-expect-error one of the words is not a demand status
export const badStatusList = <standpoint-demands status="voiced done" />;
// Numbers are numbers in both spellings of an attribute:
export const numbers = <standpoint-demands status="enshrined implemented" heading-level={3} />;
// @ts-expect-error heading-level is a number, as refresh is
export const badHeadingLevel = <standpoint-demands heading-level="3" />;
// @ts-expect-error refresh is a number, as heading-level is
export const badRefreshText = <standpoint-counter refresh="300" />;
// A feed as a JSON import or a load event gives it:
export const fromJson = <standpoint-statement feed={{ version: 'https://jsonfeed.org/version/1.1', items: [{ id: 1, title: 'Sample' }] }} />;
