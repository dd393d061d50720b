// React 19 renders the element with attributes, a `feed` property (an
// object: React 19 sets it as a property because the registered element has
// one) and an `onstandpoint-load` listener. As apps often do, it passes a
// fresh copy of the feed on every render and keeps the event's detail in
// state: the element must see an equal feed as no change, or the two would
// feed each other for ever.
import 'standpoint-widgets/standpoint-counter.js';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import feed from './feed.json';

window.__renders = 0;
window.__loads = 0;
window.__errors = [];

function App() {
  const [detail, setDetail] = useState(undefined);
  window.__renders += 1;
  return (
    <main>
      <standpoint-counter
        lang="uk"
        theme="light"
        goal={1000}
        feed={{ ...feed }}
        onstandpoint-load={(event) => {
          window.__loads += 1;
          setDetail(event.detail);
        }}
        onstandpoint-error={(event) => window.__errors.push(event.detail.code)}
      />
      <p id="status">{detail ? `loaded ${detail.item.id}` : 'waiting'}</p>
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
