// The embed is made of the four widgets: registering it registers them too.
import '../standpoint-statement/define.js';
import '../standpoint-demands/define.js';
import '../standpoint-counter/define.js';
import '../standpoint-share/define.js';
import { defineElement } from '../../define-element.js';
import { StandpointEmbed } from './standpoint-embed.js';
// The events' entries in the global event maps (the tag's own entry comes with
// its class), so `addEventListener('standpoint-load', …)` and JSX listeners
// are typed when only this widget is imported.
import '../../events.js';

defineElement('standpoint-embed', StandpointEmbed);
