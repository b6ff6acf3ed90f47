/**
 * `buttplug-actors/services`: what runs beside the Buttplug transports, as the command line uses it:
 * Intiface's REST API and ours, Intiface's frontend (GUI) channel, mDNS advertisement, and reloading
 * the user's device settings. A separate entry so the main one does not load an HTTP framework.
 */
export { RestApi, MAX_BODY_BYTES, MAX_CONNECTIONS, type RestApiOptions } from './actors/services/rest/restApi.js';
export { FrontendChannel, type FrontendChannelOptions } from './actors/services/frontendChannel.js';
export {
  decodeIntifaceMessage,
  encodeEngineMessage,
  engineMessageOf,
  type EngineMessage,
  type IntifaceMessage,
} from './actors/services/engineMessages.js';
export {
  MdnsAdvertiser,
  MDNS_SERVICE_TYPE,
  isNetworkReachable,
  type MdnsAdvertiserOptions,
} from './actors/services/mdnsAdvertiser.js';
export { ConfigReloader, type ConfigReloaderOptions } from './actors/services/configReloader.js';
