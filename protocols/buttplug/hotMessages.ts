/**
 * Hand-written decoders for the client messages a session sees most (OutputCmd, Ping, StopCmd, InputCmd,
 * RequestDeviceList, StartScanning, StopScanning), beside their Effect schemas in messages.ts. Each one
 * either returns exactly what the schema would decode (with unknown fields refused) or `undefined`,
 * which means "not sure": the schema then decides, and writes the error text. So a hot decoder can
 * never accept what the schema refuses or decode anything differently; it only skips the schema's
 * work for plain, well-formed messages. A property test holds them to that on every input.
 */
import { INPUT_COMMANDS, INPUT_TYPES } from './featureTypes.js';
import type { MessageV4 } from './messages.js';

/** A body decoded as the schema would, or `undefined` to let the schema decide. */
export type HotDecoder = (body: unknown) => MessageV4 | undefined;

type Body = Record<string, unknown>;

/** Only plain objects (what JSON.parse makes, or with no prototype at all); arrays, class instances and the like go to the schema. */
const plain = (value: unknown): value is Body => {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
};

/** Every own key (symbols and non-enumerable ones too, as the schema's excess-property check sees them) is allowed. */
const onlyKeys = (body: Body, allowed: readonly string[]): boolean => {
  const keys = Reflect.ownKeys(body);
  if (keys.length > allowed.length) return false;
  for (const key of keys) if (typeof key !== 'string' || !allowed.includes(key)) return false;
  return true;
};

const isU32 = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= 0xffff_ffff;
const isI32 = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= -0x8000_0000 && value <= 0x7fff_ffff;
const isClientId = (value: unknown): value is number => isU32(value) && value >= 1;

const ID_ONLY = ['Id'] as const;

/** `{ Id }` bodies: Ping, StartScanning, StopScanning, RequestDeviceList. */
const idOnly =
  <N extends 'Ping' | 'StartScanning' | 'StopScanning' | 'RequestDeviceList'>(type: N): HotDecoder =>
  (body) => {
    if (!plain(body) || !onlyKeys(body, ID_ONLY)) return undefined;
    const id = body['Id'];
    return isClientId(id) ? ({ type, Id: id } as MessageV4) : undefined;
  };

const VALUE = ['Value'] as const;
const SIGNED_VALUE_OUTPUTS = ['Vibrate', 'Rotate', 'Oscillate', 'Constrict', 'Spray', 'Temperature', 'Led', 'Position'];

/** The Command of an OutputCmd: exactly one output key, its value object decoded. */
const outputCommand = (command: unknown): object | undefined => {
  if (!plain(command)) return undefined;
  const keys = Reflect.ownKeys(command);
  if (keys.length !== 1 || typeof keys[0] !== 'string') return undefined;
  const name = keys[0];
  const value = command[name];
  if (!plain(value)) return undefined;
  if (SIGNED_VALUE_OUTPUTS.includes(name)) {
    if (!onlyKeys(value, VALUE) || !isI32(value['Value'])) return undefined;
    return { [name]: { Value: value['Value'] } };
  }
  if (name === 'HwPositionWithDuration') {
    if (!onlyKeys(value, ['Value', 'Duration']) || !isU32(value['Value']) || !isU32(value['Duration']))
      return undefined;
    return { HwPositionWithDuration: { Value: value['Value'], Duration: value['Duration'] } };
  }
  if (name === 'RotationWithDirection') {
    const clockwise = value['Clockwise'];
    if (!onlyKeys(value, ['Value', 'Clockwise']) || !isU32(value['Value']) || typeof clockwise !== 'boolean')
      return undefined;
    return { RotationWithDirection: { Value: value['Value'], Clockwise: clockwise } };
  }
  return undefined;
};

const OUTPUT_CMD = ['Id', 'DeviceIndex', 'FeatureIndex', 'Command'] as const;
const outputCmd: HotDecoder = (body) => {
  if (!plain(body) || !onlyKeys(body, OUTPUT_CMD)) return undefined;
  const { Id, DeviceIndex, FeatureIndex } = body;
  if (!isClientId(Id) || !isU32(DeviceIndex) || !isU32(FeatureIndex)) return undefined;
  const command = outputCommand(body['Command']);
  return command
    ? ({ type: 'OutputCmd', Id, DeviceIndex, FeatureIndex, Command: command } as MessageV4<'OutputCmd'>)
    : undefined;
};

const INPUT_CMD = ['Id', 'DeviceIndex', 'FeatureIndex', 'Type', 'Command'] as const;
const inputCmd: HotDecoder = (body) => {
  if (!plain(body) || !onlyKeys(body, INPUT_CMD)) return undefined;
  const { Id, DeviceIndex, FeatureIndex, Type, Command } = body;
  if (!isClientId(Id) || !isU32(DeviceIndex) || !isU32(FeatureIndex)) return undefined;
  if (!(INPUT_TYPES as readonly unknown[]).includes(Type) || !(INPUT_COMMANDS as readonly unknown[]).includes(Command))
    return undefined;
  return { type: 'InputCmd', Id, DeviceIndex, FeatureIndex, Type, Command } as MessageV4<'InputCmd'>;
};

const STOP_CMD = ['Id', 'DeviceIndex', 'FeatureIndex', 'Inputs', 'Outputs'] as const;
const stopCmd: HotDecoder = (body) => {
  if (!plain(body) || !onlyKeys(body, STOP_CMD)) return undefined;
  const { Id } = body;
  if (!isClientId(Id)) return undefined;
  // The schema keeps the optional fields that are there, in its own order.
  const message: Record<string, unknown> = { type: 'StopCmd', Id };
  for (const [key, valid] of [
    ['DeviceIndex', isU32],
    ['FeatureIndex', isU32],
    ['Inputs', (value: unknown) => typeof value === 'boolean'],
    ['Outputs', (value: unknown) => typeof value === 'boolean'],
  ] as const) {
    if (!Object.hasOwn(body, key)) continue;
    if (!valid(body[key])) return undefined;
    message[key] = body[key];
  }
  return message as MessageV4<'StopCmd'>;
};

/** By message name: what v4 sessions decode by hand before (and instead of) the schema. */
export const hotMessageDecoders: Readonly<Record<string, HotDecoder>> = {
  OutputCmd: outputCmd,
  Ping: idOnly('Ping'),
  StopCmd: stopCmd,
  InputCmd: inputCmd,
  RequestDeviceList: idOnly('RequestDeviceList'),
  StartScanning: idOnly('StartScanning'),
  StopScanning: idOnly('StopScanning'),
};
