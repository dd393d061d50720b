import { defineElement } from '../../define-element.js';
import { StandpointDemands } from './standpoint-demands.js';

defineElement('standpoint-demands', StandpointDemands);

declare global {
  interface HTMLElementTagNameMap {
    'standpoint-demands': StandpointDemands;
  }
}
