/** Registers every standpoint element. Safe to load twice. */
export * from './index.js';
import './components/standpoint-statement/define.js';
import './components/standpoint-demands/define.js';
import './components/standpoint-counter/define.js';
import './components/standpoint-share/define.js';
import './components/standpoint-embed/define.js';
import './components/standpoint-related/define.js';
