/** Every device protocol this engine implements, and the built-in device database they declare. */
import type { ProtocolConfig } from '../config/deviceDefinitions.js';
import { activejoyProtocol } from './activejoy/activejoyProtocol.js';
import { adrienlasticProtocol } from './adrienlastic/adrienlasticProtocol.js';
import { amorelieJoyProtocol } from './amorelieJoy/amorelieJoyProtocol.js';
import { anerosProtocol } from './aneros/anerosProtocol.js';
import { ankniProtocol } from './ankni/ankniProtocol.js';
import { bananasomeProtocol } from './bananasome/bananasomeProtocol.js';
import { cachitoProtocol } from './cachito/cachitoProtocol.js';
import { cowgirlProtocol } from './cowgirl/cowgirlProtocol.js';
import { cowgirlConeProtocol } from './cowgirlCone/cowgirlConeProtocol.js';
import { cupidoProtocol } from './cupido/cupidoProtocol.js';
import { deepsireProtocol } from './deepsire/deepsireProtocol.js';
import type { AnyDeviceProtocol } from './deviceProtocol.js';
import { feelingsoProtocol } from './feelingso/feelingsoProtocol.js';
import { fleshyThrustProtocol } from './fleshyThrust/fleshyThrustProtocol.js';
import { flufferProtocol } from './fluffer/flufferProtocol.js';
import { foxProtocol } from './fox/foxProtocol.js';
import { fredorchProtocol } from './fredorch/fredorchProtocol.js';
import { lovenseProtocol } from './lovense/lovenseProtocol.js';
import { svakomTaraxProtocol } from './svakomTarax/svakomTaraxProtocol.js';
import { svakomV1Protocol } from './svakomV1/svakomV1Protocol.js';
import { svakomV2Protocol } from './svakomV2/svakomV2Protocol.js';
import { svakomV3Protocol } from './svakomV3/svakomV3Protocol.js';
import { svakomV4Protocol } from './svakomV4/svakomV4Protocol.js';
import { svakomV5Protocol } from './svakomV5/svakomV5Protocol.js';
import { svakomV6Protocol } from './svakomV6/svakomV6Protocol.js';
import { synchroProtocol } from './synchro/synchroProtocol.js';
import { thehandyProtocol } from './thehandy/thehandyProtocol.js';
import { thehandyV3Protocol } from './thehandyV3/thehandyV3Protocol.js';
import { tryfunProtocol } from './tryfun/tryfunProtocol.js';
import { tryfunBlackholeProtocol } from './tryfunBlackhole/tryfunBlackholeProtocol.js';
import { tryfunMeta2Protocol } from './tryfunMeta2/tryfunMeta2Protocol.js';
import { vibcrafterProtocol } from './vibcrafter/vibcrafterProtocol.js';
import { vibratissimoProtocol } from './vibratissimo/vibratissimoProtocol.js';
import { vorzeSaProtocol } from './vorzeSa/vorzeSaProtocol.js';
import { wetoyProtocol } from './wetoy/wetoyProtocol.js';
import { wevibeProtocol } from './wevibe/wevibeProtocol.js';
import { wevibe8bitProtocol } from './wevibe8bit/wevibe8bitProtocol.js';
import { wevibeChorusProtocol } from './wevibeChorus/wevibeChorusProtocol.js';
import { xibaoProtocol } from './xibao/xibaoProtocol.js';
import { xinputProtocol } from './xinput/xinputProtocol.js';
import { xiuxiudaProtocol } from './xiuxiuda/xiuxiudaProtocol.js';
import { xuanhuanProtocol } from './xuanhuan/xuanhuanProtocol.js';
import { youcupsProtocol } from './youcups/youcupsProtocol.js';
import { yououProtocol } from './youou/yououProtocol.js';
import { zaloProtocol } from './zalo/zaloProtocol.js';

export const builtinProtocols: readonly AnyDeviceProtocol[] = [
  activejoyProtocol,
  adrienlasticProtocol,
  amorelieJoyProtocol,
  anerosProtocol,
  ankniProtocol,
  bananasomeProtocol,
  cachitoProtocol,
  cowgirlProtocol,
  cowgirlConeProtocol,
  cupidoProtocol,
  deepsireProtocol,
  feelingsoProtocol,
  fleshyThrustProtocol,
  flufferProtocol,
  foxProtocol,
  fredorchProtocol,
  lovenseProtocol,
  svakomTaraxProtocol,
  svakomV1Protocol,
  svakomV2Protocol,
  svakomV3Protocol,
  svakomV4Protocol,
  svakomV5Protocol,
  svakomV6Protocol,
  synchroProtocol,
  thehandyProtocol,
  thehandyV3Protocol,
  tryfunBlackholeProtocol,
  tryfunMeta2Protocol,
  tryfunProtocol,
  vibcrafterProtocol,
  vibratissimoProtocol,
  vorzeSaProtocol,
  wetoyProtocol,
  wevibe8bitProtocol,
  wevibeChorusProtocol,
  wevibeProtocol,
  xibaoProtocol,
  xinputProtocol,
  xiuxiudaProtocol,
  xuanhuanProtocol,
  youcupsProtocol,
  yououProtocol,
  zaloProtocol,
];

export const builtinProtocolConfigs = (): ProtocolConfig[] => builtinProtocols.map((protocol) => protocol.config);

export const protocolsByName = (protocols: readonly AnyDeviceProtocol[] = builtinProtocols): Map<string, AnyDeviceProtocol> =>
  new Map(protocols.map((protocol) => [protocol.name, protocol]));
