/**
 * Legacy client messages -> engine requests. Every device command is resolved against the device as
 * the client was told about it (legacyDeviceView.ts): a command's `Index` is a position in one of
 * its lists, and the float levels become steps of that feature's v4 range (legacyValues.ts). A
 * command that sets several features becomes one `output` request (features in index order),
 * answered by one Ok.
 *
 * Errors: a value outside 0..1 or an invalid field is code 3 (ERROR_MSG); an unknown device, an Index
 * the device does not have, or something the device cannot do is code 4 (ERROR_DEVICE).
 *
 * Beyond the reference server (which answers these with an error or drops them):
 *   - FleshlightLaunchFW12Cmd moves the first timed-move feature (HwPositionWithDuration); the
 *     duration comes from the Launch's speed/time relation and the distance from the last target
 *     (the whole stroke when unknown, which errs on the slow side). Speed 0 counts as 1.
 *   - VorzeA10CycloneCmd turns every rotator that has a direction (Speed 0..100, sign = Clockwise).
 *   - SensorSubscribeCmd / SensorUnsubscribeCmd stream readings of inputs that can stream, and
 *     SensorReadCmd / RSSILevelCmd read any readable input, not only the battery.
 */
import { isFailure } from '../errorCodes.js';
import { deviceFailure, messageFailure, type ButtplugFailure } from '../errorCodes.js';
import type { EngineRequest } from '../engineRequests.js';
import type { InputCommand, OutputType } from '../featureTypes.js';
import type { DeviceInfo, OutputCommand } from '../messages.js';
import type { Inbound } from '../sessionCodec.js';
import { ACTUATOR_TYPES, SENSOR_TYPES, type LegacyClientMessage, type SensorTypeName } from './legacyClientMessages.js';
import { legacyDeviceView, type LegacyActuator, type LegacySensor } from './legacyDeviceView.js';
import {
  featureKey,
  sensorKey,
  withoutSubscriptions,
  type LegacySessionState,
  type PendingReply,
} from './legacySessionState.js';
import { positionSteps, scalarSteps, signed, speedSteps } from './legacyValues.js';
import { launchDuration } from './launchTiming.js';

type Result = { readonly state: LegacySessionState; readonly inbound: Inbound };
type Command = { readonly featureIndex: number; readonly command: OutputCommand };

const level = (type: Exclude<OutputType, 'HwPositionWithDuration'>, value: number): OutputCommand =>
  ({ [type]: { Value: value } }) as OutputCommand;

const request = (state: LegacySessionState, request: EngineRequest): Result => ({
  state,
  inbound: { kind: 'request', request },
});
const fail = (state: LegacySessionState, id: number, failure: ButtplugFailure): Result => ({
  state,
  inbound: { kind: 'failure', id, failure },
});

const outputRequest = (id: number, deviceIndex: number, commands: Command[]): EngineRequest => ({
  kind: 'output',
  id,
  deviceIndex,
  // A stable sort: two commands for one feature keep their order, the later one wins.
  commands: [...commands].sort((a, b) => a.featureIndex - b.featureIndex),
});

/** A speed-like level for an actuator; direction is the sign. */
const speedCommand = (
  type: 'Vibrate' | 'Rotate',
  value: number,
  actuator: LegacyActuator,
  clockwise = true,
): OutputCommand | ButtplugFailure => {
  const steps = speedSteps(value, actuator.stepCount);
  return isFailure(steps) ? steps : level(type, signed(steps, clockwise));
};

/** Subcommands addressing every actuator of a list (commands that drive them all alike). */
const everyIndex = (list: readonly LegacyActuator[]) => list.map((_, Index) => ({ Index }));

/** Resolves each subcommand's Index in `list` and converts it; the first failure wins. */
const convertEach = <S extends { readonly Index: number }>(
  list: readonly LegacyActuator[],
  subcommands: readonly S[],
  what: string,
  convert: (actuator: LegacyActuator, subcommand: S) => OutputCommand | ButtplugFailure,
): Command[] | ButtplugFailure => {
  const commands: Command[] = [];
  for (const subcommand of subcommands) {
    const actuator = list[subcommand.Index];
    if (!actuator) {
      return deviceFailure(`${what} index ${subcommand.Index} is out of range: the device has ${list.length}`);
    }
    const command = convert(actuator, subcommand);
    if (isFailure(command)) return command;
    commands.push({ featureIndex: actuator.featureIndex, command });
  }
  return commands;
};

/** The sensor a SensorIndex names if its type matches, else the first of that type (what the reference reads). */
const findSensor = (
  list: readonly LegacySensor[],
  sensorIndex: number,
  typeName: SensorTypeName,
): LegacySensor | undefined => {
  const type = SENSOR_TYPES[typeName];
  const named = list[sensorIndex];
  return named?.type === type ? named : list.find((sensor) => sensor.type === type);
};

const inputRequest = (id: number, deviceIndex: number, sensor: LegacySensor, command: InputCommand): EngineRequest => ({
  kind: 'input',
  id,
  deviceIndex,
  featureIndex: sensor.featureIndex,
  type: sensor.type,
  command,
});

const withPending = (state: LegacySessionState, id: number, reply: PendingReply): LegacySessionState => ({
  ...state,
  pending: new Map(state.pending).set(id, reply),
});

/** Converts a message addressed to a device the session knows. */
const deviceCommand = (
  message: Exclude<Extract<LegacyClientMessage, { DeviceIndex: number }>, { type: 'StopDeviceCmd' }>,
  device: DeviceInfo,
  state: LegacySessionState,
): Result => {
  const view = legacyDeviceView(device);
  const { Id: id, DeviceIndex: deviceIndex } = message;
  const output = (commands: Command[] | ButtplugFailure, next = state): Result =>
    isFailure(commands) ? fail(state, id, commands) : request(next, outputRequest(id, deviceIndex, commands));
  const none = (what: string) =>
    fail(state, id, deviceFailure(`device ${deviceIndex} (${device.DeviceName}) has no ${what}`));

  switch (message.type) {
    case 'SingleMotorVibrateCmd':
      if (view.vibrate.length === 0) return none('vibrators');
      return output(
        convertEach(view.vibrate, everyIndex(view.vibrate), 'vibrator', (a) =>
          speedCommand('Vibrate', message.Speed, a),
        ),
      );

    case 'VibrateCmd':
      if (view.vibrate.length === 0) return none('vibrators');
      return output(
        convertEach(view.vibrate, message.Speeds, 'vibrator', (a, s) => speedCommand('Vibrate', s.Speed, a)),
      );

    case 'RotateCmd':
      if (view.rotate.length === 0) return none('rotators that take a direction');
      return output(
        convertEach(view.rotate, message.Rotations, 'rotator', (a, r) =>
          speedCommand('Rotate', r.Speed, a, r.Clockwise),
        ),
      );

    case 'LinearCmd': {
      if (view.linear.length === 0) return none('linear actuators');
      const commands = convertEach(view.linear, message.Vectors, 'linear actuator', (a, v) => {
        const steps = positionSteps(v.Position, a.stepCount);
        return isFailure(steps)
          ? steps
          : { HwPositionWithDuration: { Value: steps, Duration: Math.round(v.Duration) } };
      });
      const launchPositions = new Map(state.launchPositions);
      for (const v of message.Vectors) {
        const actuator = view.linear[v.Index];
        if (actuator) launchPositions.set(featureKey(deviceIndex, actuator.featureIndex), v.Position);
      }
      return output(commands, { ...state, launchPositions });
    }

    case 'ScalarCmd':
      if (view.scalar.length === 0) return none('scalar actuators');
      return output(
        convertEach(view.scalar, message.Scalars, 'scalar actuator', (a, s) => {
          const type = ACTUATOR_TYPES[s.ActuatorType];
          const range = device.DeviceFeatures[String(a.featureIndex)]?.Output?.[type]?.Value;
          if (!range)
            return deviceFailure(`scalar actuator ${s.Index} (feature ${a.featureIndex}) has no ${type} output`);
          const steps = scalarSteps(type, s.Scalar, range[1]);
          return isFailure(steps) ? steps : level(type, steps);
        }),
      );

    case 'FleshlightLaunchFW12Cmd': {
      const stroker = view.linear[0];
      if (!stroker) return none('linear actuators');
      const target = message.Position / 99;
      const key = featureKey(deviceIndex, stroker.featureIndex);
      const last = state.launchPositions.get(key);
      const [minMs, maxMs] = device.DeviceFeatures[String(stroker.featureIndex)]?.Output?.HwPositionWithDuration
        ?.Duration ?? [0, 0];
      const duration = launchDuration(last === undefined ? 1 : target - last, Math.max(message.Speed, 1) / 99);
      const command: OutputCommand = {
        HwPositionWithDuration: {
          Value: positionSteps(target, stroker.stepCount) as number,
          Duration: Math.min(Math.max(duration, minMs), maxMs),
        },
      };
      const next = { ...state, launchPositions: new Map(state.launchPositions).set(key, target) };
      return output([{ featureIndex: stroker.featureIndex, command }], next);
    }

    case 'VorzeA10CycloneCmd':
      if (view.rotate.length === 0) return none('rotators that take a direction');
      return output(
        convertEach(view.rotate, everyIndex(view.rotate), 'rotator', (a) =>
          speedCommand('Rotate', message.Speed / 100, a, message.Clockwise),
        ),
      );

    case 'BatteryLevelCmd':
    case 'RSSILevelCmd': {
      const type = message.type === 'BatteryLevelCmd' ? 'Battery' : 'Rssi';
      const sensor = view.sensorRead.find((s) => s.type === type);
      if (!sensor) return none(type === 'Battery' ? 'readable battery' : 'readable RSSI');
      const pending: PendingReply = { kind: type === 'Battery' ? 'batteryLevel' : 'rssiLevel' };
      return request(withPending(state, id, pending), inputRequest(id, deviceIndex, sensor, 'Read'));
    }

    case 'SensorReadCmd': {
      const sensor = findSensor(view.sensorRead, message.SensorIndex, message.SensorType);
      if (!sensor) return none(`readable ${message.SensorType} sensor`);
      const pending: PendingReply = {
        kind: 'sensorReading',
        sensorIndex: message.SensorIndex,
        sensorType: message.SensorType,
      };
      return request(withPending(state, id, pending), inputRequest(id, deviceIndex, sensor, 'Read'));
    }

    case 'SensorSubscribeCmd':
    case 'SensorUnsubscribeCmd': {
      const sensor = findSensor(view.sensorSubscribe, message.SensorIndex, message.SensorType);
      if (!sensor) return none(`${message.SensorType} sensor that can be subscribed to`);
      const key = sensorKey(deviceIndex, sensor.featureIndex, sensor.type);
      if (message.type === 'SensorSubscribeCmd') {
        const pending: PendingReply = {
          kind: 'subscribe',
          key,
          sensorIndex: message.SensorIndex,
          sensorType: message.SensorType,
        };
        return request(withPending(state, id, pending), inputRequest(id, deviceIndex, sensor, 'Subscribe'));
      }
      const subscriptions = new Map(state.subscriptions);
      subscriptions.delete(key);
      return request({ ...state, subscriptions }, inputRequest(id, deviceIndex, sensor, 'Unsubscribe'));
    }

    case 'KiirooCmd':
    case 'LovenseCmd':
    case 'RawWriteCmd':
    case 'RawReadCmd':
    case 'RawSubscribeCmd':
    case 'RawUnsubscribeCmd':
      return fail(state, id, deviceFailure(`${message.type} is not supported by this server`));
  }
};

/** Converts one decoded legacy client message. Pure; the new state goes back into the session. */
export const legacyInbound = (message: LegacyClientMessage, state: LegacySessionState): Result => {
  switch (message.type) {
    case 'RequestServerInfo':
      return { state, inbound: { kind: 'handshake', id: message.Id } };
    case 'Ping':
      return { state, inbound: { kind: 'ping', id: message.Id } };
    case 'StartScanning':
      return request(state, { kind: 'startScanning', id: message.Id });
    case 'StopScanning':
      return request(state, { kind: 'stopScanning', id: message.Id });
    case 'RequestDeviceList':
      return request(state, { kind: 'requestDeviceList', id: message.Id });
    case 'StopAllDevices':
      return request(withoutSubscriptions(state), { kind: 'stop', id: message.Id, inputs: true, outputs: true });
    case 'StopDeviceCmd': {
      // An unknown device is the engine's to answer, as for any stop.
      const { Id: id, DeviceIndex: deviceIndex } = message;
      return request(withoutSubscriptions(state, deviceIndex), {
        kind: 'stop',
        id,
        deviceIndex,
        inputs: true,
        outputs: true,
      });
    }
    case 'Test':
    case 'RequestLog':
      return fail(state, message.Id, messageFailure(`${message.type} is not supported by this server`));
    default: {
      const device = state.devices.get(message.DeviceIndex);
      if (!device) return fail(state, message.Id, deviceFailure(`no device with index ${message.DeviceIndex}`));
      return deviceCommand(message, device, state);
    }
  }
};
