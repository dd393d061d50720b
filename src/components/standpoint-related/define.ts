import { defineElement } from '../../define-element.js';
import { StandpointRelated } from './standpoint-related.js';
// The events' entries in the global event maps (the tag's own entry comes with
// its class), so `addEventListener('standpoint-load', …)` and JSX listeners
// are typed when only this widget is imported.
import '../../events.js';

defineElement('standpoint-related', StandpointRelated);
