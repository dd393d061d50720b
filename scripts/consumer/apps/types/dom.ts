// A TypeScript app against the published declarations: element types by tag
// name, typed events, the feed layer on its own. Each `@ts-expect-error`
// must meet an error, or tsc fails.
import 'standpoint-widgets/define.js';
import { StandpointCounter, StandpointLoadEvent, setStrings } from 'standpoint-widgets';
import { parseFeed, type Feed } from 'standpoint-widgets/feed';

export const counter: StandpointCounter | null = document.querySelector('standpoint-counter');
if (counter) {
  counter.refresh = 300;
  // @ts-expect-error refresh is a number of seconds
  counter.refresh = 'often';
  counter.addEventListener('standpoint-load', (event) => {
    const load: StandpointLoadEvent = event;
    const title: string | undefined = event.detail.item.title;
    console.log(load.type, title);
  });
  counter.addEventListener('standpoint-error', (event) => {
    const stale: boolean = event.detail.stale;
    // @ts-expect-error an error has no item
    console.log(stale, event.detail.item);
  });
}

document.addEventListener('standpoint-share', (event) => console.log(event.detail.network, event.detail.url));

const statement = document.createElement('standpoint-statement');
statement.headingLevel = 3;
statement.collapsed = true;

export const feed: Feed | undefined = parseFeed('{}').feed;
setStrings('uk', { loading: 'Хвилинку…' });
