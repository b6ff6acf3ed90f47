/**
 * `buttplug-actors/compat`: the API of the official `buttplug` 5.x npm client on top of this
 * package's client, so an app switches by changing its import. Named imports and the default import
 * (`import buttplug from 'buttplug-actors/compat'`, as the official CommonJS build allows) both work.
 */
import * as buttplug from './actors/compat/index.js';

export * from './actors/compat/index.js';
export default buttplug;
