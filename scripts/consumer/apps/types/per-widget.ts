// One widget's own subpath and nothing else (the README's snippet): the
// element and its events are typed. Checked alone (tsconfig.per-widget.json),
// so no other import brings the event types in.
import 'standpoint-widgets/standpoint-counter.js';

const counter = document.createElement('standpoint-counter');
counter.addEventListener('standpoint-load', (event) => {
  const count: number | undefined = event.detail.item._standpoint?.signatories?.count;
  console.log(count, event.detail.url);
});
counter.addEventListener('standpoint-error', (event) => {
  const code: string = event.detail.code;
  // @ts-expect-error an error has no item
  console.log(code, event.detail.item);
});
document.addEventListener('standpoint-share', (event) => console.log(event.detail.network));
