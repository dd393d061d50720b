import { defineElement } from '../../define-element.js';
import { StandpointCounter } from './standpoint-counter.js';

defineElement('standpoint-counter', StandpointCounter);

declare global {
  interface HTMLElementTagNameMap {
    'standpoint-counter': StandpointCounter;
  }
}
