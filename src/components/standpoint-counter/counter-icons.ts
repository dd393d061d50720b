/** The counter's icons, drawn with the widgets' one icon renderer (src/shared/icons.ts). */
import { svg } from 'lit';
import { CHECK, renderIcon } from '../../shared/icons.js';

export const checkIcon = renderIcon(CHECK, { size: 16, strokeWidth: 2.5 });

export const pauseIcon = renderIcon(svg`<path d="M8.5 5v14M15.5 5v14"/>`, { size: 16, strokeWidth: 3 });

export const playIcon = renderIcon(svg`<path d="M7 4.5v15L19 12Z" class="solid"/>`, { size: 16 });
