/**
 * `buttplug-actors/compat` in browsers (the `browser` export condition): the same API without Node
 * modules; both connectors use the browser's `WebSocket`, as in the official browser build.
 */
import * as buttplug from './actors/compat/browserIndex.js';

export * from './actors/compat/browserIndex.js';
export default buttplug;
