/**
 * The share card's icons, drawn with the widgets' one icon renderer
 * (src/shared/icons.ts). The network glyphs only hint at each brand; the
 * visible name beside them is what identifies it.
 */
import { svg, type SVGTemplateResult } from 'lit';
import { CHECK, renderIcon } from '../../shared/icons.js';
import type { ShareNetwork } from './share-urls.js';

export type IconName = ShareNetwork | 'copy' | 'check' | 'info' | 'share' | 'code';

const paths: Record<IconName, SVGTemplateResult> = {
  telegram: svg`<path d="M21.5 3.5 2.5 11l6.5 2.3 2.2 6.7 3.3-4.3 4.5 3.3Z"/><path d="m9 13.3 12.5-9.8"/>`,
  viber: svg`<path d="M12 3c5.2 0 8.5 2.3 8.5 7.2S17.2 17.5 12 17.5h-1.5L7 20.5v-3.6c-2.3-1-3.5-3.2-3.5-6.7C3.5 5.3 6.8 3 12 3Z"/><path d="M9 8.2c.3 2.3 2.2 4.3 4.6 4.6l.9-1.2 1.6.9-.6 1.6"/><path d="M13 6.8a3 3 0 0 1 2.6 2.6"/>`,
  whatsapp: svg`<path d="M3.5 20.5 4.8 16A8.5 8.5 0 1 1 8 19.3Z"/><path d="M9 8.5c0 3.3 3.2 6.5 6.5 6.5l1-1.5-2-1-1 .8a4 4 0 0 1-2.3-2.3l.8-1-1-2Z"/>`,
  facebook: svg`<path d="M15.5 3.5H13a3.5 3.5 0 0 0-3.5 3.5v14"/><path d="M6.5 10.5h8"/>`,
  x: svg`<path d="M4 4h4.5L20 20h-4.5Z"/><path d="m19.5 4-6.6 7.3M4.5 20l6.6-7.3"/>`,
  linkedin: svg`<rect x="3" y="3" width="18" height="18" rx="3"/><path d="M8 10.5V17M8 7.2v.1M12 17v-6.5M12 13.5a2.5 2.5 0 0 1 5 0V17"/>`,
  bluesky: svg`<path d="M12 10.5C10.2 7 6.8 4 4.8 4 3.6 4 3 4.8 3 6.2c0 1.7.6 4.6 3.6 5.3-2.6.8-2.7 3-1.2 4.4 1.8 1.7 3.8.6 5-1.3L12 13Zm0 0c1.8-3.5 5.2-6.5 7.2-6.5 1.2 0 1.8.8 1.8 2.2 0 1.7-.6 4.6-3.6 5.3 2.6.8 2.7 3 1.2 4.4-1.8 1.7-3.8.6-5-1.3L12 13Z"/>`,
  email: svg`<rect x="3" y="5" width="18" height="14" rx="2"/><path d="m3.5 6.5 8.5 6.5 8.5-6.5"/>`,
  fediverse: svg`<path d="M20.5 9c0-3.5-2.3-5.2-5-5.6a22 22 0 0 0-7 0c-2.7.4-5 2.1-5 5.6 0 4.2.3 7.6 3 8.8 2.2 1 5.4 1.2 8 .5"/><path d="M8 14.5v-4a2 2 0 0 1 4 0v2.5M12 13v-2.5a2 2 0 0 1 4 0v4"/>`,
  copy: svg`<rect x="8.5" y="8.5" width="12" height="12" rx="2"/><path d="M15.5 8.5V5a1.5 1.5 0 0 0-1.5-1.5H5A1.5 1.5 0 0 0 3.5 5v9A1.5 1.5 0 0 0 5 15.5h3.5"/>`,
  check: CHECK,
  info: svg`<circle cx="12" cy="12" r="9"/><path d="M12 11v5.5M12 7.5v.1"/>`,
  share: svg`<path d="M12 15V3.5M7.5 8 12 3.5 16.5 8"/><path d="M8 11H6.5a2 2 0 0 0-2 2v6a2 2 0 0 0 2 2h11a2 2 0 0 0 2-2v-6a2 2 0 0 0-2-2H16"/>`,
  code: svg`<path d="m8.5 7.5-5 4.5 5 4.5M15.5 7.5l5 4.5-5 4.5"/>`,
};

/** A decorative icon: hidden from assistive technology, the text beside it says what it means. */
export const icon = (name: IconName) => renderIcon(paths[name], { strokeWidth: 1.8, part: true });
