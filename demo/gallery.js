// One widget per page, configured from the query string, for screenshots and manual checks.
const params = new URLSearchParams(location.search);
const tag = params.get('widget') || 'standpoint-statement';
const element = document.createElement(tag);
element.setAttribute('src', params.get('src') || 'sample-feed.json');
const lang = params.get('lang');
if (lang) document.documentElement.lang = lang;
const theme = params.get('theme');
if (theme) element.setAttribute('theme', theme);
if (theme === 'dark') document.body.classList.add('dark-page');
for (const pair of (params.get('attrs') || '').split(/[ +]/).filter(Boolean)) {
  const [name, value = ''] = pair.split('=');
  element.setAttribute(name, value);
}
const stage = document.getElementById('stage');
const width = params.get('width');
if (width) stage.classList.add(`width-${width}`);
stage.append(element);
