import { defineElement } from '../../define-element.js';
import { StandpointShare } from './standpoint-share.js';

defineElement('standpoint-share', StandpointShare);

declare global {
  interface HTMLElementTagNameMap {
    'standpoint-share': StandpointShare;
  }
}
