/**
 * The options the embed builder offers, one entry per attribute of each
 * element, worded for webmasters. A test compares this table with
 * custom-elements.json, so an attribute added to a widget cannot be
 * forgotten here.
 *
 * Kinds: `boolean` (a checkbox), `number`, `text`, `choice` (a select of
 * `choices`), `set` (checkboxes whose ticked values are joined by spaces).
 * An attribute is written into the snippet only when it differs from its
 * `default`.
 */

/** @typedef {{ name: string, kind: 'boolean' | 'number' | 'text' | 'choice' | 'set', label: string, hint?: string, default?: string | number | boolean, min?: number, max?: number, choices?: readonly { value: string, label: string }[] }} WidgetOption */

export const DEMAND_STATUS_CHOICES = [
  { value: 'pending', label: 'Pending' },
  { value: 'voiced', label: 'Voiced' },
  { value: 'negotiating', label: 'Negotiating' },
  { value: 'enshrined', label: 'Enshrined in an agreement' },
  { value: 'implemented', label: 'Implemented' },
  { value: 'rejected', label: 'Rejected' },
];

export const NETWORK_CHOICES = [
  { value: 'telegram', label: 'Telegram' },
  { value: 'viber', label: 'Viber' },
  { value: 'whatsapp', label: 'WhatsApp' },
  { value: 'facebook', label: 'Facebook' },
  { value: 'x', label: 'X' },
  { value: 'linkedin', label: 'LinkedIn' },
  { value: 'bluesky', label: 'Bluesky' },
  { value: 'email', label: 'Email' },
  { value: 'fediverse', label: 'Fediverse (the reader types their own server)' },
];

/** What every element takes; the builder shows these once, for all chosen widgets. */
export const COMMON_OPTIONS = /** @type {const} */ ({
  src: 'Where the feed will be on your site',
  item: 'Which standpoint of the feed',
  lang: 'Language',
  theme: 'Theme',
  refresh: 'Re-read the feed every … seconds',
  strings: 'Own interface texts (JSON); not offered by the builder, see the README',
});

/** @type {Record<string, { title: string, description: string, options: WidgetOption[] }>} */
export const WIDGET_OPTIONS = {
  'standpoint-statement': {
    title: 'Statement',
    description: 'The text of the standpoint: title, dates, summary, full text, downloads.',
    options: [
      { name: 'collapsed', kind: 'boolean', label: 'Start with a preview and a “Read more” button', default: false },
      { name: 'preview-paragraphs', kind: 'number', label: 'Paragraphs in the preview', min: 0, max: 20, default: 1 },
      { name: 'heading-level', kind: 'number', label: 'Heading level of the title (h1–h6)', hint: 'So the widget fits the outline of your page.', min: 1, max: 6, default: 2 },
    ],
  },
  'standpoint-demands': {
    title: 'Demands',
    description: 'The demands as a checklist, with how far each has come.',
    options: [
      { name: 'status', kind: 'set', label: 'Show only demands with these statuses', hint: 'None ticked shows every demand.', choices: DEMAND_STATUS_CHOICES, default: '' },
      { name: 'compact', kind: 'boolean', label: 'One line per demand', default: false },
      { name: 'legend', kind: 'boolean', label: 'Explain every status below the list', default: false },
      { name: 'heading-level', kind: 'number', label: 'Heading level (h1–h6)', min: 1, max: 6, default: 2 },
    ],
  },
  'standpoint-counter': {
    title: 'Counter',
    description: 'How many have signed, with the goal, names and growth.',
    options: [
      {
        name: 'variant',
        kind: 'choice',
        label: 'Layout',
        choices: [
          { value: 'full', label: 'Full: number, goal, details' },
          { value: 'compact', label: 'Compact: one line, for sidebars and footers' },
        ],
        default: 'full',
      },
      { name: 'list', kind: 'boolean', label: 'Show the names of the signatories', default: false },
      { name: 'page-size', kind: 'number', label: 'Names on the first page of the list', min: 1, max: 1000, default: 50 },
      { name: 'chart', kind: 'boolean', label: 'Show a small growth chart (needs signatories.history)', default: false },
      { name: 'goal', kind: 'number', label: 'A goal of your own instead of the feed’s', min: 1, max: 10_000_000_000, default: '' },
    ],
  },
  'standpoint-share': {
    title: 'Share card',
    description: 'Copy link, the phone’s share sheet, plain links to networks; no tracker.',
    options: [
      { name: 'networks', kind: 'set', label: 'Networks', hint: 'In this order. None ticked shows no network links.', choices: NETWORK_CHOICES, default: NETWORK_CHOICES.map((choice) => choice.value).join(' ') },
      { name: 'no-embed', kind: 'boolean', label: 'Hide “Embed on your site”', default: false },
      { name: 'heading-level', kind: 'number', label: 'Heading level of the share title (h2–h6)', min: 2, max: 6, default: 2 },
      { name: 'utm-source', kind: 'text', label: 'utm_source for shared links', hint: 'Left empty, nothing is added to the links.', default: '' },
      { name: 'utm-medium', kind: 'text', label: 'utm_medium', default: '' },
      { name: 'utm-campaign', kind: 'text', label: 'utm_campaign', default: '' },
    ],
  },
};

/**
 * The attribute value of one option for the snippet: `undefined` to leave it
 * out (the widget's own default), `true` for a bare boolean attribute.
 *
 * @param {WidgetOption} option
 * @param {string | number | boolean} value
 */
export function attributeValue(option, value) {
  if (option.kind === 'boolean') return value ? true : undefined;
  const text = String(value ?? '').trim();
  if (text === String(option.default ?? '')) return undefined;
  if (option.kind === 'number') {
    if (text === '') return undefined;
    const number = Number(text);
    if (!Number.isFinite(number)) return undefined;
    const clamped = Math.min(option.max ?? Infinity, Math.max(option.min ?? -Infinity, Math.round(number)));
    return clamped === option.default ? undefined : String(clamped);
  }
  // An empty `networks` means "no networks", which differs from the default (all).
  return text === '' && option.kind !== 'set' ? undefined : text;
}
