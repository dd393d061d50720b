// A type-only import of the package root and nothing else (checked alone,
// tsconfig.root-types.json): no define module, no side effect, yet the tags
// and events are typed. Each `@ts-expect-error` must meet an error, or tsc
// fails: so this file also proves that the types it relies on are not `any`.
import type { StandpointCounter, StandpointLoadDetail } from 'standpoint-widgets';

const counter = document.querySelector('standpoint-counter');
export const typed: StandpointCounter | null = counter;
// @ts-expect-error the tag is typed: were it untyped (any), this would compile
export const notAnything: number = counter;
// @ts-expect-error a statement is not a counter
export const wrongElement: StandpointCounter | null = document.querySelector('standpoint-statement');

document.querySelector('standpoint-related')?.addEventListener('standpoint-load', (event) => {
  const detail: StandpointLoadDetail = event.detail;
  const title: string | undefined = event.detail.item.title;
  // @ts-expect-error the item has no such field
  console.log(detail.url, title, event.detail.item.headline);
});
counter?.addEventListener('standpoint-error', (event) => {
  const stale: boolean = event.detail.stale;
  // @ts-expect-error an error has no item
  console.log(stale, event.detail.item);
});
document.addEventListener('standpoint-share', (event) => {
  const network: string = event.detail.network;
  console.log(network);
});
// @ts-expect-error only the tag's own properties: refresh is a number of seconds
document.createElement('standpoint-counter').refresh = 'often';
