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
import { patooProtocol } from './patoo/patooProtocol.js';
import { picobongProtocol } from './picobong/picobongProtocol.js';
import { pinkPunchProtocol } from './pinkPunch/pinkPunchProtocol.js';
import { prettyloveProtocol } from './prettylove/prettyloveProtocol.js';
import { realovProtocol } from './realov/realovProtocol.js';
import { sakuranekoProtocol } from './sakuraneko/sakuranekoProtocol.js';
import { satisfyerProtocol } from './satisfyer/satisfyerProtocol.js';
import { senseeProtocol } from './sensee/senseeProtocol.js';
import { senseeV2Protocol } from './senseeV2/senseeV2Protocol.js';
import { serveuProtocol } from './serveu/serveuProtocol.js';
import { sexverseLg389Protocol } from './sexverseLg389/sexverseLg389Protocol.js';
import { sexverseV1Protocol } from './sexverseV1/sexverseV1Protocol.js';
import { sexverseV2Protocol } from './sexverseV2/sexverseV2Protocol.js';
import { sexverseV3Protocol } from './sexverseV3/sexverseV3Protocol.js';
import { sexverseV4Protocol } from './sexverseV4/sexverseV4Protocol.js';
import { sexverseV5Protocol } from './sexverseV5/sexverseV5Protocol.js';
import { svakomAlexProtocol } from './svakomAlex/svakomAlexProtocol.js';
import { svakomAlexV2Protocol } from './svakomAlexV2/svakomAlexV2Protocol.js';
import { svakomAvaneoProtocol } from './svakomAvaneo/svakomAvaneoProtocol.js';
import { svakomBarnardProtocol } from './svakomBarnard/svakomBarnardProtocol.js';
import { svakomBarneyProtocol } from './svakomBarney/svakomBarneyProtocol.js';
import { svakomDiceProtocol } from './svakomDice/svakomDiceProtocol.js';
import { svakomDt250aProtocol } from './svakomDt250a/svakomDt250aProtocol.js';
import { svakomIkerProtocol } from './svakomIker/svakomIkerProtocol.js';
import { svakomJordanProtocol } from './svakomJordan/svakomJordanProtocol.js';
import { svakomPulseProtocol } from './svakomPulse/svakomPulseProtocol.js';
import { svakomSamProtocol } from './svakomSam/svakomSamProtocol.js';
import { svakomSam2Protocol } from './svakomSam2/svakomSam2Protocol.js';
import { svakomSuitcaseProtocol } from './svakomSuitcase/svakomSuitcaseProtocol.js';

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
  patooProtocol,
  picobongProtocol,
  pinkPunchProtocol,
  prettyloveProtocol,
  realovProtocol,
  sakuranekoProtocol,
  satisfyerProtocol,
  senseeProtocol,
  senseeV2Protocol,
  serveuProtocol,
  sexverseLg389Protocol,
  sexverseV1Protocol,
  sexverseV2Protocol,
  sexverseV3Protocol,
  sexverseV4Protocol,
  sexverseV5Protocol,
  svakomAlexProtocol,
  svakomAlexV2Protocol,
  svakomAvaneoProtocol,
  svakomBarnardProtocol,
  svakomBarneyProtocol,
  svakomDiceProtocol,
  svakomDt250aProtocol,
  svakomIkerProtocol,
  svakomJordanProtocol,
  svakomPulseProtocol,
  svakomSamProtocol,
  svakomSam2Protocol,
  svakomSuitcaseProtocol,
];

export const builtinProtocolConfigs = (): ProtocolConfig[] => builtinProtocols.map((protocol) => protocol.config);

export const protocolsByName = (protocols: readonly AnyDeviceProtocol[] = builtinProtocols): Map<string, AnyDeviceProtocol> =>
  new Map(protocols.map((protocol) => [protocol.name, protocol]));
