/** The statement's icons, drawn with the widgets' one icon renderer (src/shared/icons.ts). */
import { svg } from 'lit';
import { renderIcon } from '../../shared/icons.js';

export const chevronIcon = renderIcon(svg`<path d="m6 9 6 6 6-6"/>`, { size: 18 });

export const closedIcon = renderIcon(svg`<rect x="4" y="11" width="16" height="10" rx="2"/><path d="M8 11V7a4 4 0 0 1 8 0v4"/>`, { size: 18 });

export const fileIcon = renderIcon(svg`<path d="M14 3H6a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V9z"/><path d="M14 3v6h6M12 12v6m-3-3 3 3 3-3"/>`, { size: 18 });

export const externalIcon = renderIcon(svg`<path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5"/>`, { size: 18 });
