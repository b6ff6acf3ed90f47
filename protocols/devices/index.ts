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
import { galakuProtocol } from './galaku/galakuProtocol.js';
import { galakuPumpProtocol } from './galakuPump/galakuPumpProtocol.js';
import { hgodProtocol } from './hgod/hgodProtocol.js';
import { hismithProtocol } from './hismith/hismithProtocol.js';
import { hismithMiniProtocol } from './hismithMini/hismithMiniProtocol.js';
import { honeyplayboxProtocol } from './honeyplaybox/honeyplayboxProtocol.js';
import { htkBmProtocol } from './htkBm/htkBmProtocol.js';
import { itoysProtocol } from './itoys/itoysProtocol.js';
import { jejoueProtocol } from './jejoue/jejoueProtocol.js';
import { joyhubProtocol } from './joyhub/joyhubProtocol.js';
import { kgoalBoostProtocol } from './kgoalBoost/kgoalBoostProtocol.js';
import { kiirooPowershotProtocol } from './kiirooPowershot/kiirooPowershotProtocol.js';
import { kiirooProwandProtocol } from './kiirooProwand/kiirooProwandProtocol.js';
import { kiirooSpotProtocol } from './kiirooSpot/kiirooSpotProtocol.js';
import { kiirooV2Protocol } from './kiirooV2/kiirooV2Protocol.js';
import { kiirooV21Protocol } from './kiirooV21/kiirooV21Protocol.js';
import { kiirooV21InitializedProtocol } from './kiirooV21Initialized/kiirooV21InitializedProtocol.js';
import { kiirooV2VibratorProtocol } from './kiirooV2Vibrator/kiirooV2VibratorProtocol.js';
import { kiirooV3Protocol } from './kiirooV3/kiirooV3Protocol.js';
import { kizunaProtocol } from './kizuna/kizunaProtocol.js';
import { leloF1sProtocol } from './leloF1s/leloF1sProtocol.js';
import { leloF1sv2Protocol } from './leloF1sv2/leloF1sv2Protocol.js';
import { leloHarmonyProtocol } from './leloHarmony/leloHarmonyProtocol.js';
import { lovenseProtocol } from './lovense/lovenseProtocol.js';

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
  galakuProtocol,
  galakuPumpProtocol,
  hgodProtocol,
  hismithProtocol,
  hismithMiniProtocol,
  honeyplayboxProtocol,
  htkBmProtocol,
  itoysProtocol,
  jejoueProtocol,
  joyhubProtocol,
  kgoalBoostProtocol,
  kiirooPowershotProtocol,
  kiirooProwandProtocol,
  kiirooSpotProtocol,
  kiirooV2Protocol,
  kiirooV2VibratorProtocol,
  kiirooV21Protocol,
  kiirooV21InitializedProtocol,
  kiirooV3Protocol,
  kizunaProtocol,
  leloF1sProtocol,
  leloF1sv2Protocol,
  leloHarmonyProtocol,
  lovenseProtocol,
];

export const builtinProtocolConfigs = (): ProtocolConfig[] => builtinProtocols.map((protocol) => protocol.config);

export const protocolsByName = (protocols: readonly AnyDeviceProtocol[] = builtinProtocols): Map<string, AnyDeviceProtocol> =>
  new Map(protocols.map((protocol) => [protocol.name, protocol]));
