import { defineElement } from '../../define-element.js';
import { StandpointCounter } from './standpoint-counter.js';
// The events' entries in the global event maps, so `addEventListener('standpoint-load', …)`
// and JSX listeners are typed when only this widget is imported.
import '../../events.js';

defineElement('standpoint-counter', StandpointCounter);

declare global {
  interface HTMLElementTagNameMap {
    'standpoint-counter': StandpointCounter;
  }
}
