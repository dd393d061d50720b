/** @jsxImportSource preact */
// Preact JSX: the same checks through preact's own JSX namespace.
import type {} from 'standpoint-widgets/jsx/preact';

export const page = (
  <standpoint-demands src="/feed.json" status="voiced negotiating" heading-level={3} compact
    onstandpoint-error={(event) => console.log(event.detail.code)} />
);

// @ts-expect-error compact is a boolean
export const badCompact = <standpoint-demands compact="yes" />;
// @ts-expect-error not a theme
export const badTheme = <standpoint-demands theme="purple" />;
// @ts-expect-error not a demand status
export const badStatus = <standpoint-demands status="done" />;
// @ts-expect-error feed takes feed data, not any value
export const badFeed = <standpoint-counter feed={42} />;
