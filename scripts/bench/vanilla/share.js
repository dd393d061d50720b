/**
 * Hand-written baseline of <standpoint-share> with its default options
 * (every network, the embed code, heading level 2, no campaign parameters):
 * the same markup and text, built with the DOM API, with the same event
 * listeners attached.
 */
import { signatoryCount, signatoryNoun } from '/dist/feed/signatories.js';
import { buildEmbedSnippet } from '/dist/components/standpoint-share/embed-snippet.js';
import { canUseShareSheet, copyText } from '/dist/components/standpoint-share/platform.js';
import { buildShareUrl, isShareableUrl, NETWORK_NAMES, parseNetworks, withCampaign } from '/dist/components/standpoint-share/share-urls.js';
import { interpolate, plural } from '/dist/i18n/format.js';
import { en } from '/dist/i18n/en.js';
import { stringsFor, toUiLocale } from '/dist/i18n/locale.js';
import { uk } from '/dist/i18n/uk.js';
import { h, readerLanguage, s, shadowFor } from './dom.js';

const UI_STRINGS = { en, uk };

const PATHS = {
  telegram: [['path', { d: 'M21.5 3.5 2.5 11l6.5 2.3 2.2 6.7 3.3-4.3 4.5 3.3Z' }], ['path', { d: 'm9 13.3 12.5-9.8' }]],
  viber: [
    ['path', { d: 'M12 3c5.2 0 8.5 2.3 8.5 7.2S17.2 17.5 12 17.5h-1.5L7 20.5v-3.6c-2.3-1-3.5-3.2-3.5-6.7C3.5 5.3 6.8 3 12 3Z' }],
    ['path', { d: 'M9 8.2c.3 2.3 2.2 4.3 4.6 4.6l.9-1.2 1.6.9-.6 1.6' }],
    ['path', { d: 'M13 6.8a3 3 0 0 1 2.6 2.6' }],
  ],
  whatsapp: [['path', { d: 'M3.5 20.5 4.8 16A8.5 8.5 0 1 1 8 19.3Z' }], ['path', { d: 'M9 8.5c0 3.3 3.2 6.5 6.5 6.5l1-1.5-2-1-1 .8a4 4 0 0 1-2.3-2.3l.8-1-1-2Z' }]],
  facebook: [['path', { d: 'M15.5 3.5H13a3.5 3.5 0 0 0-3.5 3.5v14' }], ['path', { d: 'M6.5 10.5h8' }]],
  x: [['path', { d: 'M4 4h4.5L20 20h-4.5Z' }], ['path', { d: 'm19.5 4-6.6 7.3M4.5 20l6.6-7.3' }]],
  linkedin: [['rect', { x: 3, y: 3, width: 18, height: 18, rx: 3 }], ['path', { d: 'M8 10.5V17M8 7.2v.1M12 17v-6.5M12 13.5a2.5 2.5 0 0 1 5 0V17' }]],
  bluesky: [
    ['path', { d: 'M12 10.5C10.2 7 6.8 4 4.8 4 3.6 4 3 4.8 3 6.2c0 1.7.6 4.6 3.6 5.3-2.6.8-2.7 3-1.2 4.4 1.8 1.7 3.8.6 5-1.3L12 13Zm0 0c1.8-3.5 5.2-6.5 7.2-6.5 1.2 0 1.8.8 1.8 2.2 0 1.7-.6 4.6-3.6 5.3 2.6.8 2.7 3 1.2 4.4-1.8 1.7-3.8.6-5-1.3L12 13Z' }],
  ],
  email: [['rect', { x: 3, y: 5, width: 18, height: 14, rx: 2 }], ['path', { d: 'm3.5 6.5 8.5 6.5 8.5-6.5' }]],
  fediverse: [
    ['path', { d: 'M20.5 9c0-3.5-2.3-5.2-5-5.6a22 22 0 0 0-7 0c-2.7.4-5 2.1-5 5.6 0 4.2.3 7.6 3 8.8 2.2 1 5.4 1.2 8 .5' }],
    ['path', { d: 'M8 14.5v-4a2 2 0 0 1 4 0v2.5M12 13v-2.5a2 2 0 0 1 4 0v4' }],
  ],
  copy: [
    ['rect', { x: 8.5, y: 8.5, width: 12, height: 12, rx: 2 }],
    ['path', { d: 'M15.5 8.5V5a1.5 1.5 0 0 0-1.5-1.5H5A1.5 1.5 0 0 0 3.5 5v9A1.5 1.5 0 0 0 5 15.5h3.5' }],
  ],
  share: [
    ['path', { d: 'M12 15V3.5M7.5 8 12 3.5 16.5 8' }],
    ['path', { d: 'M8 11H6.5a2 2 0 0 0-2 2v6a2 2 0 0 0 2 2h11a2 2 0 0 0 2-2v-6a2 2 0 0 0-2-2H16' }],
  ],
  code: [['path', { d: 'm8.5 7.5-5 4.5 5 4.5M15.5 7.5l5 4.5-5 4.5' }]],
};

const icon = (name) =>
  s(
    'svg',
    {
      class: 'icon', part: 'icon', viewBox: '0 0 24 24', width: 24, height: 24, fill: 'none', stroke: 'currentColor', 'stroke-width': 1.8,
      'stroke-linecap': 'round', 'stroke-linejoin': 'round', 'aria-hidden': 'true', focusable: 'false',
    },
    PATHS[name].map(([tag, attributes]) => s(tag, attributes)),
  );

const statusRegion = () => h('p', { part: 'status', class: 'status', role: 'status', 'aria-live': 'polite' });

function emit(host, network, url) {
  host.dispatchEvent(new CustomEvent('standpoint-share', { detail: { network, url }, bubbles: true, composed: true }));
}

function networkLink(host, t, network, data) {
  const href = buildShareUrl(network, data);
  const newTab = href.startsWith('https:');
  const name = network === 'email' ? t.shareByEmail : interpolate(t.shareOn, { network: NETWORK_NAMES[network] });
  const link = h(
    'a',
    {
      part: 'link', class: 'network', href, target: newTab ? '_blank' : undefined, rel: 'noopener noreferrer',
      'aria-label': newTab ? `${name} ${t.newWindow}` : name, 'data-network': network,
    },
    icon(network),
    h('span', {}, network === 'email' ? t.shareEmail : NETWORK_NAMES[network]),
  );
  link.addEventListener('click', () => emit(host, network, data.url));
  return h('li', {}, link);
}

function fediverseForm(t) {
  const form = h(
    'form',
    { part: 'fediverse', class: 'fediverse', novalidate: true },
    h('label', { class: 'label', for: 'server' }, icon('fediverse'), h('span', {}, t.shareFediverseLabel)),
    h('p', { id: 'server-hint', class: 'hint' }, t.shareFediverseHint),
    h(
      'div',
      { class: 'row' },
      h('input', {
        id: 'server', part: 'field', class: 'field', name: 'server', type: 'text', inputmode: 'url', autocomplete: 'off', autocapitalize: 'none',
        spellcheck: 'false', enterkeyhint: 'go', 'aria-describedby': 'server-hint', 'aria-invalid': 'false',
      }),
      h('button', { type: 'submit', part: 'button', class: 'button secondary', 'aria-label': t.shareFediverseName }, t.shareFediverseButton),
    ),
  );
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', () => form.querySelector('input').setAttribute('aria-invalid', 'false'));
  return form;
}

function embed(host, t, item, feedUrl) {
  const snippet = buildEmbedSnippet({ feedUrl, itemId: item.item.id, linkUrl: item.item.url ?? item.share.url, linkText: item.title || t.shareEmbedLinkText });
  const code = h('textarea', { id: 'embed-code', part: 'field', class: 'field code', readonly: true, rows: 6, 'aria-describedby': 'embed-hint' });
  code.value = snippet;
  const copy = h('button', { type: 'button', part: 'button', class: 'button secondary' }, icon('copy'), h('span', {}, t.shareEmbedCopy));
  copy.addEventListener('click', async () => (await copyText(snippet)) && emit(host, 'embed', feedUrl));
  return h(
    'details',
    { part: 'embed', class: 'embed' },
    h('summary', { part: 'summary', class: 'summary' }, icon('code'), h('span', {}, t.shareEmbed)),
    h(
      'div',
      { class: 'embed-body' },
      h('p', { id: 'embed-hint', class: 'hint' }, t.shareEmbedHint),
      // Which widget the code embeds: the statement (checked) or the whole standpoint.
      h(
        'fieldset',
        { class: 'choices' },
        h('legend', { class: 'label' }, t.shareEmbedChoice),
        ...[
          ['standpoint-statement', t.shareEmbedStatement],
          ['standpoint-embed', t.shareEmbedWhole],
        ].map(([widget, label]) => {
          const input = h('input', { type: 'radio', name: 'embed-widget', value: widget });
          input.checked = widget === 'standpoint-statement';
          return h('label', { class: 'choice' }, input, h('span', {}, label));
        }),
      ),
      h('label', { class: 'label', for: 'embed-code' }, t.shareEmbedLabel),
      code,
      h('div', { class: 'actions' }, copy),
      statusRegion(),
    ),
  );
}

/** Renders a localised item into the host; `feedUrl` is the absolute URL of the feed (for the embed code). */
export function renderShare(host, item, feedUrl) {
  const uiLocale = toUiLocale(readerLanguage(host));
  const t = stringsFor(UI_STRINGS, uiLocale);
  const root = shadowFor(host, 'standpoint-share');
  const { share } = item;
  if (!isShareableUrl(share.url)) {
    root.append(h('div', { part: 'base', class: 'card' }, h('p', { class: 'status-message' }, t.shareNothing)));
    return;
  }
  const data = { url: withCampaign(share.url, {}), title: share.title, text: share.text, hashtags: share.hashtags };
  const sheet = { url: data.url, ...(data.title ? { title: data.title } : {}), ...(data.text ? { text: data.text } : {}) };
  const total = signatoryCount(item.signatories) ?? 0;
  const networks = parseNetworks(undefined);
  const links = networks.filter((network) => network !== 'fediverse');

  const copyLink = h('button', { type: 'button', part: 'button', class: 'button primary' }, icon('copy'), h('span', {}, t.shareCopyLink));
  copyLink.addEventListener('click', async () => (await copyText(data.url)) && emit(host, 'copy', data.url));
  let systemShare;
  if (canUseShareSheet(sheet)) {
    systemShare = h('button', { type: 'button', part: 'button', class: 'button primary' }, icon('share'), h('span', {}, t.shareSystem));
    systemShare.addEventListener('click', () => navigator.share(sheet).then(() => emit(host, 'system', data.url), () => {}));
  }

  root.append(
    h(
      'div',
      { part: 'base', class: 'card', role: 'group', 'aria-labelledby': 'heading' },
      h(
        'div',
        { class: 'preview', lang: item.lang || undefined },
        share.image
          ? h('img', { part: 'image', class: 'image', src: share.image.url, alt: share.image.alt ?? '', loading: 'lazy', decoding: 'async', referrerpolicy: 'no-referrer' })
          : undefined,
        h('div', { part: 'heading', id: 'heading', class: 'heading', role: 'heading', 'aria-level': 2, lang: share.title ? undefined : uiLocale }, share.title || t.shareFallbackTitle),
        share.text ? h('p', { part: 'text', class: 'text' }, share.text) : undefined,
      ),
      total > 0 ? h('p', { part: 'count', class: 'count' }, plural(uiLocale, total, t[signatoryNoun(item.signatories?.list)])) : undefined,
      item.expired ? h('p', { class: 'status-message' }, t.campaignClosed) : undefined,
      h('div', { part: 'actions', class: 'actions' }, copyLink, systemShare),
      statusRegion(),
      links.length
        ? h(
            'div',
            { class: 'networks-block' },
            h('p', { id: 'networks-label', class: 'label' }, t.shareNetworks),
            h('ul', { part: 'networks', class: 'networks', 'aria-labelledby': 'networks-label' }, links.map((network) => networkLink(host, t, network, data))),
          )
        : undefined,
      networks.includes('fediverse') ? fediverseForm(t) : undefined,
      isShareableUrl(feedUrl) ? embed(host, t, item, feedUrl) : undefined,
    ),
  );
}
