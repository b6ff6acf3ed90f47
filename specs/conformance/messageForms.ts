/**
 * How each spec version says a case's client message forms (README "Message forms and spec
 * versions"). v4 goes through our client library (fractions become steps by its rule); v0..v3 are
 * raw legacy messages. A form a version cannot express means the case does not run at that version.
 */
import {
  levelToSteps,
  type ButtplugClientDevice,
  type ButtplugClientFeature,
} from '../../actors/client/clientDevice.js';
import type { OutputType } from '../../protocols/buttplug/featureTypes.js';
import type { OutputCommand } from '../../protocols/buttplug/messages.js';
import type { ClientForm } from './caseFile.js';

/** Why `version` cannot express `form` whatever the device, or undefined when it can. */
export const formGap = (form: ClientForm, version: number): string | undefined => {
  switch (form.kind) {
    case 'Vibrate':
    case 'Stop':
      return undefined;
    case 'Rotate':
    case 'Linear':
      return version < 1 ? `v${version} has no ${form.kind}Cmd` : undefined;
    case 'Scalar':
      return version < 3 ? `v${version} has no ScalarCmd` : undefined;
    case 'Battery':
      return version < 2 ? `v${version} cannot read a battery` : undefined;
    case 'RSSI':
      return 'no spec version reads RSSI';
  }
};

/** Indexes (in feature order) of the device's features with a Vibrate output, as the v4 DeviceList says. */
const vibrateFeatures = (device: ButtplugClientDevice): ButtplugClientFeature[] => device.featuresWith('Vibrate');

/**
 * v0 only has SingleMotorVibrateCmd: one speed for every vibrator. A Vibrate form fits it only when
 * it sets every vibrator of the device to the same speed.
 */
export const v0VibrateGap = (form: ClientForm, vibrators: number): string | undefined => {
  if (form.kind !== 'Vibrate') return undefined;
  const indexes = new Set(form.entries.map((e) => e.index));
  const speeds = new Set(form.entries.map((e) => e.speed));
  const coversAll = indexes.size === vibrators && [...indexes].every((i) => i < vibrators);
  return coversAll && speeds.size === 1
    ? undefined
    : `v0 SingleMotorVibrateCmd cannot say "${form.entries.map((e) => `#${e.index}=${e.speed}`).join(' ')}" to ${vibrators} vibrator(s)`;
};

// ---- v4: through ButtplugClientDevice ----

export class FormError extends Error {
  override readonly name = 'FormError';
}

const nth = <T>(list: readonly T[], index: number, what: string): T => {
  const item = list[index];
  if (item === undefined) throw new FormError(`the device has no ${what} #${index} (it has ${list.length})`);
  return item;
};

const outputRange = (feature: ButtplugClientFeature, type: OutputType): readonly [number, number] => {
  const output = feature.outputs.get(type);
  if (!output) throw new FormError(`feature ${feature.index} has no ${type} output`);
  return output.value;
};

const level = (feature: ButtplugClientFeature, type: OutputType, value: number): OutputCommand =>
  ({
    [type]: { Value: levelToSteps(value, outputRange(feature, type), `${type} on feature ${feature.index}`) },
  }) as OutputCommand;

/**
 * Features a v4 client addresses with the legacy Scalar index: those with a vibrate, oscillate,
 * constrict, temperature (v5 cases: `ActuatorType: Temperature`) or one-way rotate output, in the
 * order a v3 session lists its scalar actuators.
 */
const scalarFeatures = (device: ButtplugClientDevice): ButtplugClientFeature[] =>
  device.features.filter(
    (f) =>
      f.hasOutput('Vibrate') ||
      f.hasOutput('Oscillate') ||
      f.hasOutput('Constrict') ||
      f.hasOutput('Temperature') ||
      (f.outputs.get('Rotate')?.value[0] ?? -1) >= 0,
  );

/** The OutputCmds one form becomes at v4 (all sent in one frame, so they share a batch). */
export const v4OutputCommands = (
  form: Extract<ClientForm, { kind: 'Vibrate' | 'Rotate' | 'Linear' | 'Scalar' }>,
  device: ButtplugClientDevice,
): { featureIndex: number; command: OutputCommand }[] => {
  switch (form.kind) {
    case 'Vibrate':
      return form.entries.map((e) => {
        const feature = nth(vibrateFeatures(device), e.index, 'vibrator');
        return { featureIndex: feature.index, command: level(feature, 'Vibrate', e.speed) };
      });
    case 'Rotate':
      return form.entries.map((e) => {
        const feature = nth(device.featuresWith('Rotate'), e.index, 'rotator');
        return { featureIndex: feature.index, command: level(feature, 'Rotate', e.clockwise ? e.speed : -e.speed) };
      });
    case 'Scalar':
      return form.entries.map((e) => {
        const feature = nth(scalarFeatures(device), e.index, 'scalar actuator');
        return { featureIndex: feature.index, command: level(feature, e.actuatorType, e.scalar) };
      });
    case 'Linear':
      return form.entries.map((e) => {
        const feature = device.features.find((f) => f.index === e.index);
        if (!feature) throw new FormError(`the device has no feature ${e.index}`);
        // The reference harness rounds positions up without the tiny-value rule.
        const steps = Math.ceil(e.position * outputRange(feature, 'HwPositionWithDuration')[1]);
        return {
          featureIndex: feature.index,
          command: { HwPositionWithDuration: { Value: steps, Duration: e.duration } },
        };
      });
  }
};

// ---- v0..v3: raw legacy messages ----

/** What a legacy session announced about a device (DeviceAdded / DeviceList element). */
export interface LegacyDevice {
  readonly index: number;
  readonly name: string;
  readonly displayName?: string;
  /** v3: the ScalarCmd actuator list (ActuatorType per Index). */
  readonly scalarActuators: readonly string[];
  /** v3: the SensorReadCmd list (SensorType per Index). */
  readonly sensors: readonly string[];
}

export interface LegacyRequest {
  /** The message body without Id, with its name in `type`. */
  readonly message: { readonly type: string } & Record<string, unknown>;
  /** For battery reads: the reading as a fraction, from the reply. */
  readonly battery?: (reply: { readonly type: string } & Record<string, unknown>) => number;
}

const scalarIndexOfVibrator = (device: LegacyDevice, vibrator: number): number => {
  const positions = device.scalarActuators.flatMap((type, i) => (type === 'Vibrate' ? [i] : []));
  const position = positions[vibrator];
  if (position === undefined)
    throw new FormError(`the v3 device lists no Vibrate actuator #${vibrator} (it lists ${positions.length})`);
  return position;
};

/** The legacy message a form becomes at `version` (0..3); `formGap` has said the version can express it. */
export const legacyRequest = (form: ClientForm, version: number, device: LegacyDevice): LegacyRequest => {
  const DeviceIndex = device.index;
  switch (form.kind) {
    case 'Stop':
      return { message: { type: 'StopDeviceCmd', DeviceIndex } };
    case 'Vibrate':
      if (version === 0)
        return { message: { type: 'SingleMotorVibrateCmd', DeviceIndex, Speed: form.entries[0]?.speed ?? 0 } };
      if (version < 3) {
        return {
          message: {
            type: 'VibrateCmd',
            DeviceIndex,
            Speeds: form.entries.map((e) => ({ Index: e.index, Speed: e.speed })),
          },
        };
      }
      return {
        message: {
          type: 'ScalarCmd',
          DeviceIndex,
          Scalars: form.entries.map((e) => ({
            Index: scalarIndexOfVibrator(device, e.index),
            Scalar: e.speed,
            ActuatorType: 'Vibrate',
          })),
        },
      };
    case 'Scalar':
      return {
        message: {
          type: 'ScalarCmd',
          DeviceIndex,
          Scalars: form.entries.map((e) => ({ Index: e.index, Scalar: e.scalar, ActuatorType: e.actuatorType })),
        },
      };
    case 'Rotate':
      return {
        message: {
          type: 'RotateCmd',
          DeviceIndex,
          Rotations: form.entries.map((e) => ({ Index: e.index, Speed: e.speed, Clockwise: e.clockwise })),
        },
      };
    case 'Linear':
      return {
        message: {
          type: 'LinearCmd',
          DeviceIndex,
          Vectors: form.entries.map((e) => ({ Index: e.index, Duration: e.duration, Position: e.position })),
        },
      };
    case 'Battery':
      if (version === 2) {
        return {
          message: { type: 'BatteryLevelCmd', DeviceIndex },
          battery: (reply) => {
            if (reply.type !== 'BatteryLevelReading')
              throw new FormError(`expected BatteryLevelReading, got ${reply.type}`);
            return Number(reply['BatteryLevel']);
          },
        };
      }
      {
        const sensor = device.sensors.indexOf('Battery');
        if (sensor < 0) throw new FormError('the v3 device lists no Battery sensor');
        return {
          message: { type: 'SensorReadCmd', DeviceIndex, SensorIndex: sensor, SensorType: 'Battery' },
          battery: (reply) => {
            if (reply.type !== 'SensorReading') throw new FormError(`expected SensorReading, got ${reply.type}`);
            const data = reply['Data'];
            return (Array.isArray(data) ? Number(data[0]) : Number.NaN) / 100;
          },
        };
      }
    case 'RSSI':
      throw new FormError('no spec version reads RSSI');
  }
};
