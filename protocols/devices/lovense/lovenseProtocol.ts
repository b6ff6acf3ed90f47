/**
 * Lovense: ASCII commands ending in `;` written to `tx`, replies notified on `rx`.
 * The model is asked with `DeviceType;` (reply `P:37:0082059AD3BD;` = type P, firmware 37, address).
 * How a model is driven depends on its outputs: one motor (`Vibrate:n;`), numbered motors
 * (`Vibrate1:n;`), all motors at once (`Mply:a:b:c;`), vibrate + air pump (Max), vibrate + rotation
 * (Nora, `Rotate:n;` with `RotateChange;` to flip direction) or a stroker (Solace).
 */
import type { FeatureOutput, DeviceProtocol, ProtocolDevice, ProtocolWrite } from '../shared/deviceProtocol.js';
import { encoded } from '../shared/deviceProtocol.js';
import type { OutputType } from '../../buttplug/featureTypes.js';
import { drivesOnly, eachOutput } from '../shared/outputEncoders.js';
import {
  ascii,
  bytesToText,
  nextNotification,
  send,
  subscribe,
  write,
  type ProtocolScript,
} from '../shared/hardwareRequests.js';
import { lovenseDevices } from './lovenseDevices.js';
import { requireInput } from '../shared/inputRefusal.js';

/** How this model takes its commands, decided from its identifier and features. */
export type LovenseDrive = 'single' | 'numbered' | 'multiply' | 'max' | 'rotator' | 'stroker';

export interface LovenseState {
  readonly drive: LovenseDrive;
  /** `Mply` sends every motor at once, so it needs the last level of each. */
  readonly levels: readonly number[];
  /** Direction the rotator turns now; `RotateChange;` flips it. */
  readonly clockwise: boolean;
  /** Solace: where the stroker was last sent, the start of the next move. */
  readonly position: number;
}

const REPLY_TIMEOUT_MS = 500;
const IDENTIFY_ATTEMPTS = 6;
/** Solace strokes are played as a position update every 100 ms. */
const STROKE_STEP_MS = 100;

const command = (text: string): ProtocolWrite => write('tx', ascii(text));

/** `P:37:0082059AD3BD;` -> `P`; Flexers from firmware 3 on drive their motors separately, a model of its own. */
export const parseDeviceType = (reply: string): string | undefined => {
  const parts = reply.replace(/;\s*$/, '').split(':');
  if (parts.length < 2 || parts[0] === '') return undefined;
  const type = parts[0]!;
  const firmware = Number.parseInt(parts[1]!, 10);
  return type === 'EI' && firmware >= 3 ? 'EI-FW3' : type;
};

/** `85;` or `s85;` (the `s` appears while the toy runs) -> 85. */
export const parseBattery = (reply: string): number | undefined => {
  const match = /^s?(\d{1,3});$/.exec(reply.trim());
  if (!match) return undefined;
  const level = Number(match[1]);
  return level <= 100 ? level : undefined;
};

export const chooseDrive = (device: ProtocolDevice): LovenseDrive => {
  const outputs = device.definition.features.filter((f) => f.outputs.length > 0);
  const count = (type: string) => outputs.filter((f) => f.outputs.some((o) => o.type === type)).length;
  const motors = outputs.filter((f) => f.outputs.some((o) => o.type === 'Vibrate' || o.type === 'Oscillate')).length;
  if (device.identifier === 'BA' || device.identifier === 'H') return 'stroker';
  if (outputs.length === 1) return 'single';
  if (outputs.length === 2 && count('Vibrate') === 1 && count('Constrict') === 1) return 'max';
  if (outputs.length === 2 && count('Vibrate') === 1 && count('Rotate') === 1) return 'rotator';
  if ((motors === 2 && outputs.length > 2) || motors > 2) return 'multiply';
  return 'numbered';
};

function* identify({ hardwareName }: { hardwareName: string }): ProtocolScript<string | undefined> {
  yield* subscribe('rx');
  for (let attempt = 0; attempt < IDENTIFY_ATTEMPTS; attempt++) {
    yield* send(command('DeviceType;'));
    const reply = yield* nextNotification('rx', REPLY_TIMEOUT_MS);
    if (reply) return parseDeviceType(bytesToText(reply.data));
  }
  // Silent toy: old firmwares put the type in the advertised name (`LVS-Z36` -> Z).
  return /^LVS-([A-Z]+)\d+/.exec(hardwareName)?.[1];
}

const strokeWrites = (from: number, to: number, durationMs: number): ProtocolWrite[] => {
  const steps = Math.max(1, Math.floor(durationMs / STROKE_STEP_MS));
  return Array.from({ length: steps }, (_, i) => {
    const position = Math.round(from + ((to - from) * (i + 1)) / steps);
    return { ...command(`FSetSite:${position};`), delayMs: i * STROKE_STEP_MS };
  });
};

/** What each way of driving a Lovense toy can express. */
export const DRIVES: Readonly<Record<LovenseDrive, readonly OutputType[]>> = {
  stroker: ['Oscillate', 'HwPositionWithDuration'],
  single: ['Vibrate', 'Oscillate'],
  numbered: ['Vibrate', 'Oscillate'],
  max: ['Vibrate', 'Oscillate', 'Constrict'],
  rotator: ['Vibrate', 'Rotate'],
  multiply: ['Vibrate', 'Oscillate', 'Rotate'],
};

const encodeStroker = (state: LovenseState, output: FeatureOutput, device: ProtocolDevice) => {
  if (output.type === 'Oscillate') {
    // The Solace (H) needs its stroke range zeroed to stop; the Pro keeps the full range.
    const range = output.value === 0 && device.identifier === 'H' ? 0 : 20;
    return encoded(state, [command(`Mply:${output.value}:${range};`)]);
  }
  const writes = strokeWrites(state.position, output.value, output.duration ?? 0);
  return encoded({ ...state, position: output.value }, writes);
};

const encodeRotation = (state: LovenseState, value: number) => {
  const clockwise = value >= 0;
  const writes: ProtocolWrite[] = [];
  if (value !== 0 && clockwise !== state.clockwise) writes.push(command('RotateChange;'));
  writes.push(command(`Rotate:${Math.abs(value)};`));
  // A stopped rotator starts clockwise again (assumed; it is what makes a fresh counter-clockwise turn ask for RotateChange).
  return encoded({ ...state, clockwise: value === 0 ? true : clockwise }, writes);
};

/** One output, of a type `DRIVES` says the toy's drive takes. */
const encodeOne = (state: LovenseState, output: FeatureOutput, device: ProtocolDevice) => {
  const { type, value } = output;
  switch (state.drive) {
    case 'stroker':
      return encodeStroker(state, output, device);
    case 'single':
      return encoded(state, [command(`Vibrate:${value};`)]);
    case 'numbered':
      return encoded(state, [command(`Vibrate${output.feature.index + 1}:${value};`)]);
    case 'max':
      return encoded(state, [command(type === 'Constrict' ? `Air:Level:${value};` : `Vibrate:${value};`)]);
    case 'rotator':
      return type === 'Rotate' ? encodeRotation(state, value) : encoded(state, [command(`Vibrate:${value};`)]);
    case 'multiply': {
      const levels = [...state.levels];
      levels[output.feature.index] = Math.abs(value);
      return encoded({ ...state, levels }, []);
    }
  }
};

const encodeBatch = (state: LovenseState, outputs: readonly FeatureOutput[], device: ProtocolDevice) => {
  const result = eachOutput(state, outputs, device, encodeOne);
  if (!result.ok || state.drive !== 'multiply' || outputs.length === 0) return result;
  // All motors of a Mply device travel in one packet, however many changed.
  return encoded(result.state, [...result.writes, command(`Mply:${result.state.levels.join(':')};`)]);
};

export const lovenseProtocol: DeviceProtocol<LovenseState> = {
  name: 'lovense',
  config: lovenseDevices,
  identify,
  createState: (device) => ({
    drive: chooseDrive(device),
    levels: device.definition.features.filter((f) => f.outputs.length > 0).map(() => 0),
    clockwise: true,
    position: 0,
  }),
  encodeOutputs: (state, outputs, device) => drivesOnly(DRIVES[state.drive], encodeBatch)(state, outputs, device),
  *readInput(_state, request) {
    requireInput(request, 'Battery');
    yield* send(command('Battery;'));
    // Other replies (a late DeviceType answer) may arrive first; wait for the first that reads as a level.
    for (let attempt = 0; attempt < 5; attempt++) {
      const reply = yield* nextNotification('rx', REPLY_TIMEOUT_MS);
      const level = reply ? parseBattery(bytesToText(reply.data)) : undefined;
      if (level !== undefined) return level;
    }
    throw new Error('Lovense device did not report its battery level');
  },
  keepalive: { kind: 'whenHardwareRequires', write: command('DeviceType;'), intervalMs: 5_000 },
};
