import { defineElement } from '../../define-element.js';
import { StandpointRelated } from './standpoint-related.js';

defineElement('standpoint-related', StandpointRelated);

declare global {
  interface HTMLElementTagNameMap {
    'standpoint-related': StandpointRelated;
  }
}
