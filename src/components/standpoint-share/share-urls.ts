/**
 * Share links built by the widget itself: no SDK, no counter, no relay. Each
 * network gets a plain URL with every parameter encoded by
 * `encodeURIComponent`, so spaces are `%20` (never `+`, which mail clients
 * would show), and `&`, `#`, Cyrillic and emoji survive the trip.
 */
import { warnOnce } from '../../feed/errors.js';

/** Networks shared through a plain link, in the default order. */
export const LINK_NETWORKS = ['telegram', 'viber', 'whatsapp', 'facebook', 'x', 'linkedin', 'bluesky', 'email'] as const;
export type LinkNetwork = (typeof LINK_NETWORKS)[number];
/** Every name the `networks` attribute accepts; `fediverse` is the field for the reader's own server. */
export type ShareNetwork = LinkNetwork | 'fediverse';

/** What `networks` means when the attribute is absent: every link network, then the Fediverse field. */
export const DEFAULT_NETWORKS: readonly ShareNetwork[] = [...LINK_NETWORKS, 'fediverse'];

/** Other spellings webmasters are likely to write. */
const ALIASES: Record<string, ShareNetwork> = {
  twitter: 'x',
  mail: 'email',
  'e-mail': 'email',
  mastodon: 'fediverse',
};

/** The names of the brands, as the brands write them (email has a translated label). */
export const NETWORK_NAMES: Record<Exclude<LinkNetwork, 'email'>, string> = {
  telegram: 'Telegram',
  viber: 'Viber',
  whatsapp: 'WhatsApp',
  facebook: 'Facebook',
  x: 'X',
  linkedin: 'LinkedIn',
  bluesky: 'Bluesky',
};

/**
 * Reads the `networks` attribute: names separated by spaces (or commas), in
 * the webmaster's order, each once. An unknown name is ignored, with one
 * console warning per name. No attribute gives `DEFAULT_NETWORKS`; an empty
 * one gives no network at all.
 */
export function parseNetworks(value: string | null | undefined): ShareNetwork[] {
  if (value === null || value === undefined) return [...DEFAULT_NETWORKS];
  const known = new Set<string>(DEFAULT_NETWORKS);
  const networks: ShareNetwork[] = [];
  for (const token of value.toLowerCase().split(/[\s,]+/)) {
    if (!token) continue;
    const network = ALIASES[token] ?? (known.has(token) ? (token as ShareNetwork) : undefined);
    if (!network) {
      warnOnce(`<standpoint-share> networks: "${token}" is not a network this version knows and was ignored; use ${DEFAULT_NETWORKS.join(', ')}`);
    } else if (!networks.includes(network)) {
      networks.push(network);
    }
  }
  return networks;
}

/** What a share action passes on. */
export interface ShareData {
  /** The absolute URL to share. */
  url: string;
  title?: string;
  text?: string;
  /** Without the `#`; added to the text where hashtags work (X, Bluesky, Fediverse). */
  hashtags?: readonly string[];
}

/**
 * `encodeURIComponent` that never throws: a lone surrogate (a broken emoji in
 * a feed) becomes U+FFFD instead of a URIError in the host page.
 */
export function encodeParam(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    const wellFormed = Array.from(value, (char) => (char.length === 1 && char >= '\ud800' && char <= '\udfff' ? '\ufffd' : char));
    return encodeURIComponent(wellFormed.join(''));
  }
}

const joinWords = (...parts: (string | undefined)[]): string =>
  parts.map((part) => part?.trim()).filter(Boolean).join(' ');

/** The message a reader passes on: the share text, else the title. */
const messageOf = (data: ShareData): string => joinWords(data.text || data.title);

/** `#Tag` words for the hashtags, spaces removed (a hashtag is one word). */
export function hashtagWords(hashtags: readonly string[] = []): string {
  return hashtags
    .map((tag) => tag.replace(/^#+/, '').replace(/\s+/g, ''))
    .filter(Boolean)
    .map((tag) => `#${tag}`)
    .join(' ');
}

const withHashtags = (data: ShareData): string => joinWords(messageOf(data), hashtagWords(data.hashtags));

/** The URL of the share link for one network. */
export function buildShareUrl(network: LinkNetwork, data: ShareData): string {
  const url = encodeParam(data.url);
  switch (network) {
    case 'telegram': {
      const text = messageOf(data);
      return `https://t.me/share/url?url=${url}${text ? `&text=${encodeParam(text)}` : ''}`;
    }
    case 'viber':
      return `viber://forward?text=${encodeParam(joinWords(messageOf(data), data.url))}`;
    case 'whatsapp':
      return `https://wa.me/?text=${encodeParam(joinWords(messageOf(data), data.url))}`;
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?u=${url}`;
    case 'x': {
      const text = withHashtags(data);
      return `https://x.com/intent/post?${text ? `text=${encodeParam(text)}&` : ''}url=${url}`;
    }
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?url=${url}`;
    case 'bluesky':
      return `https://bsky.app/intent/compose?text=${encodeParam(joinWords(withHashtags(data), data.url))}`;
    case 'email': {
      // RFC 6068: line breaks in a mailto body are CRLF.
      const body = [data.text?.trim(), data.url].filter(Boolean).join('\r\n\r\n');
      const subject = joinWords(data.title || data.text);
      return `mailto:?${subject ? `subject=${encodeParam(subject)}&` : ''}body=${encodeParam(body)}`;
    }
  }
}

/**
 * The reader's Fediverse server as a bare host name, or `undefined` when what
 * they typed is not one. Forgiving about what people paste (`https://…/`,
 * `@me@server`, capitals, a trailing dot), strict about the result: DNS
 * labels, a dot, an alphabetic top-level domain, no port, no IP address, so
 * the link can only ever go to `https://<host>/share`.
 */
export function normalizeServer(input: string): string | undefined {
  let value = input.trim().toLowerCase();
  value = value.replace(/^https?:\/\//, '');
  // What `replace(/[/?#].*$/, '')` does, in one pass: that pattern, tried from
  // every `/` of a pasted line that does not end the text, is quadratic.
  const lineStart = Math.max(...['\n', '\r', '\u2028', '\u2029'].map((end) => value.lastIndexOf(end))) + 1;
  const path = value.slice(lineStart).search(/[/?#]/);
  if (path !== -1) value = value.slice(0, lineStart + path);
  if (value.includes('@')) value = value.slice(value.lastIndexOf('@') + 1);
  value = value.replace(/\.$/, '');
  if (!value || value.length > 253 || /[^\p{L}\p{N}.-]/u.test(value)) return undefined;
  let host: string;
  try {
    // The URL parser turns an internationalised name into its punycode form.
    host = new URL(`https://${value}/`).hostname;
  } catch {
    return undefined;
  }
  const labels = host.split('.');
  // No lookbehind: Safari before 16.4 cannot parse it, and old phones matter here.
  const label = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
  if (labels.length < 2 || !labels.every((part) => label.test(part))) return undefined;
  const tld = labels[labels.length - 1];
  return /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(tld) ? host : undefined;
}

/** The share page of the reader's own Fediverse server (Mastodon and compatible software), or `undefined` for a bad server name. */
export function buildFediverseUrl(server: string, data: ShareData): string | undefined {
  const host = normalizeServer(server);
  return host && `https://${host}/share?text=${encodeParam(joinWords(withHashtags(data), data.url))}`;
}

/** Campaign parameters; only the ones given are added. */
export interface CampaignParams {
  source?: string;
  medium?: string;
  campaign?: string;
}

/**
 * Adds `utm_source`, `utm_medium` and `utm_campaign` to a URL for the ones
 * that are set (nothing by default), keeping its query and fragment as
 * written. A value already in the URL is replaced.
 */
export function withCampaign(url: string, params: CampaignParams): string {
  const pairs: [string, string][] = [];
  for (const name of ['source', 'medium', 'campaign'] as const) {
    const value = params[name]?.trim();
    if (value) pairs.push([`utm_${name}`, value]);
  }
  if (pairs.length === 0) return url;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const names = new Set(pairs.map(([name]) => name));
  const kept = parsed.search
    .slice(1)
    .split('&')
    .filter((pair) => pair && !names.has(pair.split('=')[0]));
  parsed.search = [...kept, ...pairs.map(([name, value]) => `${name}=${encodeParam(value)}`)].join('&');
  return parsed.href;
}

/** Only web addresses are passed on (a feed may give a `mailto:` URL). */
export function isShareableUrl(url: string | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\//i.test(url);
}
