import { defineElement } from '../../define-element.js';
import { StandpointStatement } from './standpoint-statement.js';

defineElement('standpoint-statement', StandpointStatement);

declare global {
  interface HTMLElementTagNameMap {
    'standpoint-statement': StandpointStatement;
  }
}
