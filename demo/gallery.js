// One widget (or all of them stacked) per page, configured from the query
// string, for screenshots and manual checks:
//   ?widget=standpoint-counter&lang=uk&theme=dark&width=280&page=navy&attrs=list+chart
// `page` dresses the host page as the sites NGOs run (see gallery.css);
// `widget=stack` puts every widget one after another, as a page would.
const params = new URLSearchParams(location.search);
const STACK = ['standpoint-statement', 'standpoint-demands', 'standpoint-counter', 'standpoint-share', 'standpoint-related', 'standpoint-embed'];
const widget = params.get('widget') || 'standpoint-statement';
const tags = widget === 'stack' ? STACK : [widget];
const lang = params.get('lang');
if (lang) document.documentElement.lang = lang;
const theme = params.get('theme');
const page = params.get('page') || (theme === 'dark' ? 'dark' : 'plain');
document.body.classList.add(`${page}-page`);
const stage = document.getElementById('stage');
const width = params.get('width');
if (width) stage.classList.add(`width-${width}`);
for (const tag of tags) {
  const element = document.createElement(tag);
  element.setAttribute('src', params.get('src') || 'sample-feed.json');
  if (theme) element.setAttribute('theme', theme);
  for (const pair of (params.get('attrs') || '').split(/[ +]/).filter(Boolean)) {
    const [name, value = ''] = pair.split('=');
    element.setAttribute(name, value);
  }
  stage.append(element);
}
