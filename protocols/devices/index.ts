/** Every device protocol this engine implements, and the built-in device database they declare. */
import type { ProtocolConfig } from '../config/deviceDefinitions.js';
import type { AnyDeviceProtocol } from './shared/deviceProtocol.js';
import { activejoyProtocol } from './activejoy/activejoyProtocol.js';
import { adrienlasticProtocol } from './adrienlastic/adrienlasticProtocol.js';
import { amorelieJoyProtocol } from './amorelieJoy/amorelieJoyProtocol.js';
import { anerosProtocol } from './aneros/anerosProtocol.js';
import { ankniProtocol } from './ankni/ankniProtocol.js';
import { bananasomeProtocol } from './bananasome/bananasomeProtocol.js';
import { cachitoProtocol } from './cachito/cachitoProtocol.js';
import { cowgirlConeProtocol } from './cowgirl/cowgirlConeProtocol.js';
import { cowgirlProtocol } from './cowgirl/cowgirlProtocol.js';
import { cupidoProtocol } from './cupido/cupidoProtocol.js';
import { deepsireProtocol } from './deepsire/deepsireProtocol.js';
import { feelingsoProtocol } from './feelingso/feelingsoProtocol.js';
import { fleshyThrustProtocol } from './fleshyThrust/fleshyThrustProtocol.js';
import { flufferProtocol } from './fluffer/flufferProtocol.js';
import { fmachineProtocol } from './fmachine/fmachineProtocol.js';
import { foreoProtocol } from './foreo/foreoProtocol.js';
import { foxProtocol } from './fox/foxProtocol.js';
import { fredorchProtocol } from './fredorch/fredorchProtocol.js';
import { fredorchRotaryProtocol } from './fredorch/fredorchRotaryProtocol.js';
import { galakuProtocol } from './galaku/galakuProtocol.js';
import { galakuPumpProtocol } from './galaku/galakuPumpProtocol.js';
import { hgodProtocol } from './hgod/hgodProtocol.js';
import { hismithMiniProtocol } from './hismith/hismithMiniProtocol.js';
import { hismithProtocol } from './hismith/hismithProtocol.js';
import { honeyplayboxProtocol } from './honeyplaybox/honeyplayboxProtocol.js';
import { htkBmProtocol } from './htkBm/htkBmProtocol.js';
import { itoysProtocol } from './itoys/itoysProtocol.js';
import { jejoueProtocol } from './jejoue/jejoueProtocol.js';
import { joyhubProtocol } from './joyhub/joyhubProtocol.js';
import { kgoalBoostProtocol } from './kgoalBoost/kgoalBoostProtocol.js';
import { kiirooPowershotProtocol } from './kiiroo/kiirooPowershotProtocol.js';
import { kiirooProwandProtocol } from './kiiroo/kiirooProwandProtocol.js';
import { kiirooSpotProtocol } from './kiiroo/kiirooSpotProtocol.js';
import { kiirooSpotV2Protocol } from './kiiroo/kiirooSpotV2Protocol.js';
import { kiirooV21InitializedProtocol } from './kiiroo/kiirooV21InitializedProtocol.js';
import { kiirooV21Protocol } from './kiiroo/kiirooV21Protocol.js';
import { kiirooV2Protocol } from './kiiroo/kiirooV2Protocol.js';
import { kiirooV2VibratorProtocol } from './kiiroo/kiirooV2VibratorProtocol.js';
import { kiirooV3Protocol } from './kiiroo/kiirooV3Protocol.js';
import { kizunaProtocol } from './kizuna/kizunaProtocol.js';
import { leloF1sProtocol } from './lelo/leloF1sProtocol.js';
import { leloF1sv2Protocol } from './lelo/leloF1sv2Protocol.js';
import { leloHarmonyProtocol } from './lelo/leloHarmonyProtocol.js';
import { letenProtocol } from './leten/letenProtocol.js';
import { liboElleProtocol } from './libo/liboElleProtocol.js';
import { liboSharkProtocol } from './libo/liboSharkProtocol.js';
import { liboVibesProtocol } from './libo/liboVibesProtocol.js';
import { lionessProtocol } from './lioness/lionessProtocol.js';
import { loobProtocol } from './loob/loobProtocol.js';
import { lovedistanceProtocol } from './lovedistance/lovedistanceProtocol.js';
import { lovehoneyDesireProtocol } from './lovehoneyDesire/lovehoneyDesireProtocol.js';
import { lovenseConnectServiceProtocol } from './lovense/lovenseConnectServiceProtocol.js';
import { lovenseProtocol } from './lovense/lovenseProtocol.js';
import { lovenutsProtocol } from './lovenuts/lovenutsProtocol.js';
import { luvmazerProtocol } from './luvmazer/luvmazerProtocol.js';
import { magicMotion1Protocol } from './magicMotion/magicMotion1Protocol.js';
import { magicMotion2Protocol } from './magicMotion/magicMotion2Protocol.js';
import { magicMotion3Protocol } from './magicMotion/magicMotion3Protocol.js';
import { magicMotion4Protocol } from './magicMotion/magicMotion4Protocol.js';
import { mannuoProtocol } from './mannuo/mannuoProtocol.js';
import { maxproProtocol } from './maxpro/maxproProtocol.js';
import { meeseProtocol } from './meese/meeseProtocol.js';
import { mizzzeeProtocol } from './mizzzee/mizzzeeProtocol.js';
import { mizzzeeV2Protocol } from './mizzzee/mizzzeeV2Protocol.js';
import { mizzzeeV3Protocol } from './mizzzee/mizzzeeV3Protocol.js';
import { monsterpubProtocol } from './monsterpub/monsterpubProtocol.js';
import { motorbunnyProtocol } from './motorbunny/motorbunnyProtocol.js';
import { mymuselinkplusProtocol } from './mymuselinkplus/mymuselinkplusProtocol.js';
import { mysteryvibeProtocol } from './mysteryvibe/mysteryvibeProtocol.js';
import { mysteryvibeV2Protocol } from './mysteryvibe/mysteryvibeV2Protocol.js';
import { nextlevelracingProtocol } from './nextlevelracing/nextlevelracingProtocol.js';
import { nexusRevoProtocol } from './nexusRevo/nexusRevoProtocol.js';
import { nintendoJoyconProtocol } from './nintendoJoycon/nintendoJoyconProtocol.js';
import { nobraProtocol } from './nobra/nobraProtocol.js';
import { omoboProtocol } from './omobo/omoboProtocol.js';
import { ossmProtocol } from './ossm/ossmProtocol.js';
import { patooProtocol } from './patoo/patooProtocol.js';
import { picobongProtocol } from './picobong/picobongProtocol.js';
import { pinkPunchProtocol } from './pinkPunch/pinkPunchProtocol.js';
import { prettyloveProtocol } from './prettylove/prettyloveProtocol.js';
import { realovProtocol } from './realov/realovProtocol.js';
import { sakuranekoProtocol } from './sakuraneko/sakuranekoProtocol.js';
import { satisfyerProtocol } from './satisfyer/satisfyerProtocol.js';
import { sdlGamepadProtocol } from './sdlGamepad/sdlGamepadProtocol.js';
import { senseeProtocol } from './sensee/senseeProtocol.js';
import { senseeV2Protocol } from './sensee/senseeV2Protocol.js';
import { serveuProtocol } from './serveu/serveuProtocol.js';
import { sexverseLg389Protocol } from './sexverse/sexverseLg389Protocol.js';
import { sexverseV1Protocol } from './sexverse/sexverseV1Protocol.js';
import { sexverseV2Protocol } from './sexverse/sexverseV2Protocol.js';
import { sexverseV3Protocol } from './sexverse/sexverseV3Protocol.js';
import { sexverseV4Protocol } from './sexverse/sexverseV4Protocol.js';
import { sexverseV5Protocol } from './sexverse/sexverseV5Protocol.js';
import { sexverseV6Protocol } from './sexverse/sexverseV6Protocol.js';
import { simulatedProtocol } from './simulated/simulatedProtocol.js';
import { svakomAlexProtocol } from './svakom/svakomAlexProtocol.js';
import { svakomAlexV2Protocol } from './svakom/svakomAlexV2Protocol.js';
import { svakomAvaneoProtocol } from './svakom/svakomAvaneoProtocol.js';
import { svakomBarnardProtocol } from './svakom/svakomBarnardProtocol.js';
import { svakomBarneyProtocol } from './svakom/svakomBarneyProtocol.js';
import { svakomDiceProtocol } from './svakom/svakomDiceProtocol.js';
import { svakomDt250aProtocol } from './svakom/svakomDt250aProtocol.js';
import { svakomFatimaProtocol } from './svakom/svakomFatimaProtocol.js';
import { svakomIkerProtocol } from './svakom/svakomIkerProtocol.js';
import { svakomJordanProtocol } from './svakom/svakomJordanProtocol.js';
import { svakomPulseProtocol } from './svakom/svakomPulseProtocol.js';
import { svakomSam2Protocol } from './svakom/svakomSam2Protocol.js';
import { svakomSamProtocol } from './svakom/svakomSamProtocol.js';
import { svakomSuitcaseProtocol } from './svakom/svakomSuitcaseProtocol.js';
import { svakomTaraxProtocol } from './svakom/svakomTaraxProtocol.js';
import { svakomV1Protocol } from './svakom/svakomV1Protocol.js';
import { svakomV2Protocol } from './svakom/svakomV2Protocol.js';
import { svakomV3Protocol } from './svakom/svakomV3Protocol.js';
import { svakomV4Protocol } from './svakom/svakomV4Protocol.js';
import { svakomV5Protocol } from './svakom/svakomV5Protocol.js';
import { svakomV6Protocol } from './svakom/svakomV6Protocol.js';
import { synchroProtocol } from './synchro/synchroProtocol.js';
import { tcodeV03Protocol } from './tcodeV03/tcodeV03Protocol.js';
import { thehandyProtocol } from './thehandy/thehandyProtocol.js';
import { thehandyV3Protocol } from './thehandy/thehandyV3Protocol.js';
import { tryfunBlackholeProtocol } from './tryfun/tryfunBlackholeProtocol.js';
import { tryfunMeta2Protocol } from './tryfun/tryfunMeta2Protocol.js';
import { tryfunProtocol } from './tryfun/tryfunProtocol.js';
import { umoveProtocol } from './umove/umoveProtocol.js';
import { utimiProtocol } from './utimi/utimiProtocol.js';
import { vibcrafterProtocol } from './vibcrafter/vibcrafterProtocol.js';
import { vibioProtocol } from './vibcrafter/vibioProtocol.js';
import { vibratissimoProtocol } from './vibratissimo/vibratissimoProtocol.js';
import { vorzeSaProtocol } from './vorze/vorzeSaProtocol.js';
import { wetoyProtocol } from './wetoy/wetoyProtocol.js';
import { wevibe8bitProtocol } from './wevibe/wevibe8bitProtocol.js';
import { wevibeChorusProtocol } from './wevibe/wevibeChorusProtocol.js';
import { wevibeProtocol } from './wevibe/wevibeProtocol.js';
import { xibaoProtocol } from './xibao/xibaoProtocol.js';
import { xiuxiudaProtocol } from './xiuxiuda/xiuxiudaProtocol.js';
import { xuanhuanProtocol } from './xuanhuan/xuanhuanProtocol.js';
import { yiciyuanProtocol } from './yiciyuan/yiciyuanProtocol.js';
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
  cowgirlConeProtocol,
  cowgirlProtocol,
  cupidoProtocol,
  deepsireProtocol,
  feelingsoProtocol,
  fleshyThrustProtocol,
  flufferProtocol,
  fmachineProtocol,
  foreoProtocol,
  foxProtocol,
  fredorchProtocol,
  fredorchRotaryProtocol,
  galakuProtocol,
  galakuPumpProtocol,
  hgodProtocol,
  hismithMiniProtocol,
  hismithProtocol,
  honeyplayboxProtocol,
  htkBmProtocol,
  itoysProtocol,
  jejoueProtocol,
  joyhubProtocol,
  kgoalBoostProtocol,
  kiirooPowershotProtocol,
  kiirooProwandProtocol,
  kiirooSpotProtocol,
  kiirooSpotV2Protocol,
  kiirooV21InitializedProtocol,
  kiirooV21Protocol,
  kiirooV2Protocol,
  kiirooV2VibratorProtocol,
  kiirooV3Protocol,
  kizunaProtocol,
  leloF1sProtocol,
  leloF1sv2Protocol,
  leloHarmonyProtocol,
  letenProtocol,
  liboElleProtocol,
  liboSharkProtocol,
  liboVibesProtocol,
  lionessProtocol,
  loobProtocol,
  lovedistanceProtocol,
  lovehoneyDesireProtocol,
  lovenseConnectServiceProtocol,
  lovenseProtocol,
  lovenutsProtocol,
  luvmazerProtocol,
  magicMotion1Protocol,
  magicMotion2Protocol,
  magicMotion3Protocol,
  magicMotion4Protocol,
  mannuoProtocol,
  maxproProtocol,
  meeseProtocol,
  mizzzeeProtocol,
  mizzzeeV2Protocol,
  mizzzeeV3Protocol,
  monsterpubProtocol,
  motorbunnyProtocol,
  mymuselinkplusProtocol,
  mysteryvibeProtocol,
  mysteryvibeV2Protocol,
  nextlevelracingProtocol,
  nexusRevoProtocol,
  nintendoJoyconProtocol,
  nobraProtocol,
  omoboProtocol,
  ossmProtocol,
  patooProtocol,
  picobongProtocol,
  pinkPunchProtocol,
  prettyloveProtocol,
  realovProtocol,
  sakuranekoProtocol,
  satisfyerProtocol,
  sdlGamepadProtocol,
  senseeProtocol,
  senseeV2Protocol,
  serveuProtocol,
  sexverseLg389Protocol,
  sexverseV1Protocol,
  sexverseV2Protocol,
  sexverseV3Protocol,
  sexverseV4Protocol,
  sexverseV5Protocol,
  sexverseV6Protocol,
  simulatedProtocol,
  svakomAlexProtocol,
  svakomAlexV2Protocol,
  svakomAvaneoProtocol,
  svakomBarnardProtocol,
  svakomBarneyProtocol,
  svakomDiceProtocol,
  svakomDt250aProtocol,
  svakomFatimaProtocol,
  svakomIkerProtocol,
  svakomJordanProtocol,
  svakomPulseProtocol,
  svakomSam2Protocol,
  svakomSamProtocol,
  svakomSuitcaseProtocol,
  svakomTaraxProtocol,
  svakomV1Protocol,
  svakomV2Protocol,
  svakomV3Protocol,
  svakomV4Protocol,
  svakomV5Protocol,
  svakomV6Protocol,
  synchroProtocol,
  tcodeV03Protocol,
  thehandyProtocol,
  thehandyV3Protocol,
  tryfunBlackholeProtocol,
  tryfunMeta2Protocol,
  tryfunProtocol,
  umoveProtocol,
  utimiProtocol,
  vibcrafterProtocol,
  vibioProtocol,
  vibratissimoProtocol,
  vorzeSaProtocol,
  wetoyProtocol,
  wevibe8bitProtocol,
  wevibeChorusProtocol,
  wevibeProtocol,
  xibaoProtocol,
  xiuxiudaProtocol,
  xuanhuanProtocol,
  yiciyuanProtocol,
  youcupsProtocol,
  yououProtocol,
  zaloProtocol,
];

export const builtinProtocolConfigs = (): ProtocolConfig[] => builtinProtocols.map((protocol) => protocol.config);

const byName = new WeakMap<readonly AnyDeviceProtocol[], ReadonlyMap<string, AnyDeviceProtocol>>();

/** The protocols by name; one shared table per list (every engine of a process has the built-in list: 7 KiB each). */
export const protocolsByName = (
  protocols: readonly AnyDeviceProtocol[] = builtinProtocols,
): ReadonlyMap<string, AnyDeviceProtocol> => {
  let table = byName.get(protocols);
  if (!table) {
    table = new Map(protocols.map((protocol) => [protocol.name, protocol]));
    byName.set(protocols, table);
  }
  return table;
};
