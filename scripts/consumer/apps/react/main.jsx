// React 19 renders the element with attributes, a `feed` property (an
// object: React 19 sets it as a property because the registered element has
// one) and an `onstandpoint-load` listener.
import 'standpoint-widgets/standpoint-counter.js';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import feed from './feed.json';

function App() {
  const [loaded, setLoaded] = useState('');
  return (
    <main>
      <standpoint-counter lang="uk" theme="light" goal={1000} feed={feed} onstandpoint-load={(event) => setLoaded(event.detail.item.id)} />
      <p id="status">{loaded ? `loaded ${loaded}` : 'waiting'}</p>
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
