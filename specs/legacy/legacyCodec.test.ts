/** The spec v0..v3 codecs on hand-picked cases: rounding, device shapes, error codes, events, readings. */
import { describe, expect, it } from 'vitest';
import { codecFor } from '../../protocols/buttplug/codecs.js';
import { deviceListMessage } from '../../protocols/config/deviceInfo.js';
import { encodeFrame, type TaggedMessage } from '../../protocols/buttplug/frame.js';
import { readHandshake } from '../../protocols/buttplug/handshake.js';
import type { DeviceInfo, ServerMessageV4 } from '../../protocols/buttplug/messages.js';
import type { Inbound } from '../../protocols/buttplug/sessionCodec.js';
import type { LegacyVersion } from '../../protocols/buttplug/legacy/legacyClientMessages.js';
import { legacyCodec } from '../../protocols/buttplug/legacy/legacyCodec.js';
import { legacyDevice } from '../../protocols/buttplug/legacy/legacyDevices.js';
import type { LegacySessionState } from '../../protocols/buttplug/legacy/legacySessionState.js';
import { positionSteps, scalarSteps, speedSteps } from '../../protocols/buttplug/legacy/legacyValues.js';
import { launchDuration } from '../../protocols/buttplug/legacy/launchTiming.js';

const nora: DeviceInfo = {
  DeviceIndex: 0,
  DeviceName: 'Lovense Nora',
  DeviceMessageTimingGap: 100,
  DeviceFeatures: {
    '0': { FeatureIndex: 0, FeatureDescription: '', Output: { Vibrate: { Value: [0, 20] } } },
    '1': { FeatureIndex: 1, FeatureDescription: '', Output: { Rotate: { Value: [-20, 20] } } },
    '2': {
      FeatureIndex: 2,
      FeatureDescription: 'Battery',
      Input: { Battery: { Value: [[0, 100]], Command: ['Read'] } },
    },
  },
};

const edge: DeviceInfo = {
  DeviceIndex: 1,
  DeviceName: 'Lovense Edge',
  DeviceMessageTimingGap: 0,
  DeviceFeatures: {
    // A user narrowed motor 2 to 10 steps; DeviceList already says so.
    '1': { FeatureIndex: 1, FeatureDescription: 'Motor 2', Output: { Vibrate: { Value: [0, 10] } } },
    '0': { FeatureIndex: 0, FeatureDescription: 'Motor 1', Output: { Vibrate: { Value: [0, 20] } } },
  },
};

const stroker: DeviceInfo = {
  DeviceIndex: 2,
  DeviceName: 'Stroker',
  DeviceDisplayName: 'My stroker',
  DeviceMessageTimingGap: 50,
  DeviceFeatures: {
    '0': {
      FeatureIndex: 0,
      FeatureDescription: 'Stroke',
      Output: { HwPositionWithDuration: { Value: [0, 100], Duration: [100, 10_000] }, Oscillate: { Value: [0, 20] } },
    },
    '1': {
      FeatureIndex: 1,
      FeatureDescription: 'Grip',
      Output: { Constrict: { Value: [0, 3] } },
      Input: {
        Pressure: { Value: [[0, 65_535]], Command: ['Subscribe'] },
        Rssi: { Value: [[-128, 0]], Command: ['Read'] },
      },
    },
  },
};

const codec = (version: LegacyVersion) => legacyCodec(version);

const session = (version: LegacyVersion, devices: DeviceInfo[] = [nora, edge, stroker]) => {
  const c = codec(version);
  let state: LegacySessionState = c.seedDevices(c.initialState(), deviceListMessage(0, devices));
  return {
    /** Decodes a frame of one message and converts it. */
    send(message: Record<string, unknown>): Inbound {
      const decoded = c.decode(JSON.stringify([message]));
      if (!decoded.ok) throw new Error(decoded.failure.message);
      const element = decoded.elements[0]!;
      if (!element.ok) return { kind: 'failure', id: element.id, failure: element.failure };
      const result = c.inbound(element.message, state);
      state = result.state;
      return result.inbound;
    },
    receive(message: ServerMessageV4): readonly TaggedMessage[] {
      const result = c.outbound(message, state);
      state = result.state;
      return result.messages;
    },
  };
};

const failureCode = (inbound: Inbound) =>
  inbound.kind === 'failure' ? inbound.failure.code : `not a failure: ${JSON.stringify(inbound)}`;

describe('float levels become steps as the reference rounds them', () => {
  it('speeds round up, with tiny values off', () => {
    expect([0.5, 0.51, 0.01, 0, 1].map((v) => speedSteps(v, 20))).toEqual([10, 11, 1, 0, 20]);
    expect(speedSteps(0.000_000_9, 20)).toBe(0);
    expect(speedSteps(0.000_001, 1000)).toBe(1);
    expect(speedSteps(1.01, 20)).toEqual({ code: 3, message: expect.stringContaining('1.01') });
    expect(speedSteps(-0.1, 20)).toMatchObject({ code: 3 });
  });

  it('timed-move positions round down; a ScalarCmd Position rounds up without an off threshold', () => {
    expect([0.5, 0.509, 0.999, 1, 0].map((v) => positionSteps(v, 100))).toEqual([50, 50, 99, 100, 0]);
    expect(scalarSteps('Position', 0.000_000_1, 100)).toBe(1);
    expect(scalarSteps('Vibrate', 0.000_000_1, 100)).toBe(0);
  });
});

describe('handshake and ServerInfo', () => {
  it('learns the version from the first RequestServerInfo', () => {
    const version = (body: object) => {
      const result = readHandshake([{ RequestServerInfo: body }], codecFor);
      return result.ok ? result.codec.version : result.failure;
    };
    expect(version({ Id: 1, ClientName: 'old' })).toBe(0);
    expect(version({ Id: 1, ClientName: 'old', MessageVersion: 0 })).toBe(0);
    expect(version({ Id: 1, ClientName: 'x', MessageVersion: 1 })).toBe(1);
    expect(version({ Id: 1, ClientName: 'x', MessageVersion: 3 })).toBe(3);
    expect(version({ Id: 1, ClientName: 'x', ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 })).toBe(4);
    expect(version({ Id: 1, ClientName: 'x', MessageVersion: 5 })).toMatchObject({ code: 1 });
  });

  it('answers in the shape of the client version', () => {
    const fields = { id: 1, serverName: 'S', maxPingTime: 500 };
    expect(codec(0).serverInfo(fields)).toEqual({
      type: 'ServerInfo',
      Id: 1,
      ServerName: 'S',
      MessageVersion: 0,
      MajorVersion: 0,
      MinorVersion: 0,
      BuildVersion: 0,
      MaxPingTime: 500,
    });
    expect(codec(1).serverInfo(fields)).toMatchObject({ MessageVersion: 1, MajorVersion: 0 });
    expect(codec(3).serverInfo(fields)).toEqual({
      type: 'ServerInfo',
      Id: 1,
      ServerName: 'S',
      MessageVersion: 3,
      MaxPingTime: 500,
    });
  });
});

describe('device descriptions per version', () => {
  it('v3: one attribute object per actuator and sensor, as the reference describes a Nora', () => {
    expect(legacyDevice(3, nora)).toEqual({
      DeviceIndex: 0,
      DeviceName: 'Lovense Nora',
      DeviceMessageTimingGap: 100,
      DeviceMessages: {
        ScalarCmd: [
          { FeatureDescriptor: '', ActuatorType: 'Vibrate', StepCount: 20 },
          { FeatureDescriptor: '', ActuatorType: 'Rotate', StepCount: 20 },
        ],
        RotateCmd: [{ FeatureDescriptor: '', ActuatorType: 'Rotate', StepCount: 20 }],
        SensorReadCmd: [{ FeatureDescriptor: 'Battery', SensorType: 'Battery', SensorRange: [[0, 100]] }],
        StopDeviceCmd: {},
      },
    });
  });

  it('v3: timed moves are LinearCmd Position, streams SensorSubscribeCmd, RSSI as clients spell it, display name kept', () => {
    expect(legacyDevice(3, stroker)).toEqual({
      DeviceIndex: 2,
      DeviceName: 'Stroker',
      DeviceDisplayName: 'My stroker',
      DeviceMessageTimingGap: 50,
      DeviceMessages: {
        ScalarCmd: [
          { FeatureDescriptor: 'Stroke', ActuatorType: 'Oscillate', StepCount: 20 },
          { FeatureDescriptor: 'Grip', ActuatorType: 'Constrict', StepCount: 3 },
        ],
        LinearCmd: [{ FeatureDescriptor: 'Stroke', ActuatorType: 'Position', StepCount: 100 }],
        SensorReadCmd: [{ FeatureDescriptor: 'Grip', SensorType: 'RSSI', SensorRange: [[-128, 0]] }],
        SensorSubscribeCmd: [{ FeatureDescriptor: 'Grip', SensorType: 'Pressure', SensorRange: [[0, 65_535]] }],
        StopDeviceCmd: {},
      },
    });
  });

  it('v2: counts and user-limited step counts in feature order, battery and RSSI reads', () => {
    expect(legacyDevice(2, edge).DeviceMessages).toEqual({
      VibrateCmd: { FeatureCount: 2, StepCount: [20, 10] },
      StopDeviceCmd: {},
    });
    expect(legacyDevice(2, nora).DeviceMessages).toEqual({
      VibrateCmd: { FeatureCount: 1, StepCount: [20] },
      RotateCmd: { FeatureCount: 1, StepCount: [20] },
      BatteryLevelCmd: {},
      StopDeviceCmd: {},
    });
    expect(legacyDevice(2, stroker).DeviceMessages).toEqual({
      LinearCmd: { FeatureCount: 1, StepCount: [100] },
      RSSILevelCmd: {},
      StopDeviceCmd: {},
    });
  });

  it('v1: counts only, with the v0 messages the device can take', () => {
    expect(legacyDevice(1, edge)).toEqual({
      DeviceIndex: 1,
      DeviceName: 'Lovense Edge',
      DeviceMessages: { VibrateCmd: { FeatureCount: 2 }, SingleMotorVibrateCmd: {}, StopDeviceCmd: {} },
    });
    expect(legacyDevice(1, stroker).DeviceMessages).toEqual({
      LinearCmd: { FeatureCount: 1 },
      FleshlightLaunchFW12Cmd: {},
      StopDeviceCmd: {},
    });
  });

  it('v0: a sorted list of message names', () => {
    expect(legacyDevice(0, edge)).toEqual({
      DeviceIndex: 1,
      DeviceName: 'Lovense Edge',
      DeviceMessages: ['SingleMotorVibrateCmd', 'StopDeviceCmd'],
    });
    expect(legacyDevice(0, nora).DeviceMessages).toEqual([
      'SingleMotorVibrateCmd',
      'StopDeviceCmd',
      'VorzeA10CycloneCmd',
    ]);
    expect(legacyDevice(0, stroker).DeviceMessages).toEqual(['FleshlightLaunchFW12Cmd', 'StopDeviceCmd']);
  });
});

describe('device commands', () => {
  it('a command for several features is one request, features in index order', () => {
    const inbound = session(2).send({
      VibrateCmd: {
        Id: 5,
        DeviceIndex: 1,
        Speeds: [
          { Index: 1, Speed: 0.5 },
          { Index: 0, Speed: 0.51 },
        ],
      },
    });
    expect(inbound).toEqual({
      kind: 'request',
      request: {
        kind: 'output',
        id: 5,
        deviceIndex: 1,
        commands: [
          { featureIndex: 0, command: { Vibrate: { Value: 11 } } },
          { featureIndex: 1, command: { Vibrate: { Value: 5 } } },
        ],
      },
    });
  });

  it('SingleMotorVibrateCmd drives every vibrator', () => {
    const inbound = session(0).send({ SingleMotorVibrateCmd: { Id: 2, DeviceIndex: 1, Speed: 1 } });
    expect(inbound).toMatchObject({
      request: {
        commands: [
          { featureIndex: 0, command: { Vibrate: { Value: 20 } } },
          { featureIndex: 1, command: { Vibrate: { Value: 10 } } },
        ],
      },
    });
  });

  it('RotateCmd direction is the sign; ScalarCmd picks the output its ActuatorType names', () => {
    expect(
      session(3).send({
        RotateCmd: { Id: 3, DeviceIndex: 0, Rotations: [{ Index: 0, Speed: 0.25, Clockwise: false }] },
      }),
    ).toMatchObject({
      request: { commands: [{ featureIndex: 1, command: { Rotate: { Value: -5 } } }] },
    });
    const scalar = session(3).send({
      ScalarCmd: {
        Id: 4,
        DeviceIndex: 2,
        Scalars: [
          { Index: 1, Scalar: 0.5, ActuatorType: 'Constrict' },
          { Index: 0, Scalar: 1, ActuatorType: 'oscillate' },
        ],
      },
    });
    expect(scalar).toMatchObject({
      request: {
        commands: [
          { featureIndex: 0, command: { Oscillate: { Value: 20 } } },
          { featureIndex: 1, command: { Constrict: { Value: 2 } } },
        ],
      },
    });
  });

  it('LinearCmd moves over the given duration', () => {
    expect(
      session(1).send({
        LinearCmd: { Id: 6, DeviceIndex: 2, Vectors: [{ Index: 0, Duration: 500.4, Position: 0.999 }] },
      }),
    ).toMatchObject({
      request: { commands: [{ featureIndex: 0, command: { HwPositionWithDuration: { Value: 99, Duration: 500 } } }] },
    });
  });

  it('FleshlightLaunchFW12Cmd becomes a timed move: unknown start = a whole stroke, then the real distance', () => {
    const s = session(0);
    const first = s.send({ FleshlightLaunchFW12Cmd: { Id: 7, DeviceIndex: 2, Position: 99, Speed: 99 } });
    expect(first).toMatchObject({
      request: {
        commands: [
          { featureIndex: 0, command: { HwPositionWithDuration: { Value: 100, Duration: launchDuration(1, 1) } } },
        ],
      },
    });
    const second = s.send({ FleshlightLaunchFW12Cmd: { Id: 8, DeviceIndex: 2, Position: 0, Speed: 50 } });
    expect(second).toMatchObject({
      request: {
        commands: [{ command: { HwPositionWithDuration: { Value: 0, Duration: launchDuration(1, 50 / 99) } } }],
      },
    });
    // A short hop at full speed is shorter than the feature allows: clamped to its minimum.
    const third = s.send({ FleshlightLaunchFW12Cmd: { Id: 9, DeviceIndex: 2, Position: 5, Speed: 99 } });
    expect(third).toMatchObject({
      request: { commands: [{ command: { HwPositionWithDuration: { Value: 5, Duration: 100 } } }] },
    });
  });

  it('the Launch relation: a full stroke at full speed takes about 200 ms, slower is longer', () => {
    expect(launchDuration(1, 1)).toBeGreaterThan(180);
    expect(launchDuration(1, 1)).toBeLessThan(240);
    expect(Math.abs(launchDuration(0.5, 1) - launchDuration(1, 1) / 2)).toBeLessThanOrEqual(1);
    expect(launchDuration(1, 0.5)).toBeGreaterThan(launchDuration(1, 1));
    expect(launchDuration(0, 1)).toBe(0);
  });

  it('VorzeA10CycloneCmd turns every rotator that takes a direction', () => {
    expect(
      session(1).send({ VorzeA10CycloneCmd: { Id: 9, DeviceIndex: 0, Speed: 50, Clockwise: false } }),
    ).toMatchObject({
      request: { commands: [{ featureIndex: 1, command: { Rotate: { Value: -10 } } }] },
    });
  });

  it('stops reach the engine as StopCmd for inputs and outputs', () => {
    expect(session(0).send({ StopDeviceCmd: { Id: 2, DeviceIndex: 9 } })).toEqual({
      kind: 'request',
      request: { kind: 'stop', id: 2, deviceIndex: 9, inputs: true, outputs: true },
    });
    expect(session(3).send({ StopAllDevices: { Id: 3 } })).toEqual({
      kind: 'request',
      request: { kind: 'stop', id: 3, inputs: true, outputs: true },
    });
  });
});

describe('error codes', () => {
  const cases: [string, LegacyVersion, Record<string, unknown>, number][] = [
    ['a message of another version', 3, { VibrateCmd: { Id: 4, DeviceIndex: 0, Speeds: [{ Index: 0, Speed: 1 }] } }, 3],
    [
      'a v3 message in v2',
      2,
      { ScalarCmd: { Id: 4, DeviceIndex: 0, Scalars: [{ Index: 0, Scalar: 1, ActuatorType: 'Vibrate' }] } },
      3,
    ],
    ['a level above 1', 2, { VibrateCmd: { Id: 4, DeviceIndex: 0, Speeds: [{ Index: 0, Speed: 1.5 }] } }, 3],
    [
      'a negative scalar',
      3,
      { ScalarCmd: { Id: 4, DeviceIndex: 0, Scalars: [{ Index: 0, Scalar: -0.1, ActuatorType: 'Vibrate' }] } },
      3,
    ],
    [
      'an unknown ActuatorType',
      3,
      { ScalarCmd: { Id: 4, DeviceIndex: 0, Scalars: [{ Index: 0, Scalar: 1, ActuatorType: 'Inflate' }] } },
      3,
    ],
    ['an empty ScalarCmd', 3, { ScalarCmd: { Id: 4, DeviceIndex: 0, Scalars: [] } }, 3],
    [
      'a duration of 2^31 ms',
      3,
      { LinearCmd: { Id: 4, DeviceIndex: 2, Vectors: [{ Index: 0, Duration: 2 ** 31, Position: 1 }] } },
      3,
    ],
    ['Test', 0, { Test: { Id: 4, TestString: 'hi' } }, 3],
    ['RequestLog', 1, { RequestLog: { Id: 4, LogLevel: 'Debug' } }, 3],
    ['an unknown device', 2, { VibrateCmd: { Id: 4, DeviceIndex: 7, Speeds: [{ Index: 0, Speed: 1 }] } }, 4],
    [
      'a vibrator index the device lacks',
      2,
      { VibrateCmd: { Id: 4, DeviceIndex: 1, Speeds: [{ Index: 2, Speed: 1 }] } },
      4,
    ],
    ['a device without vibrators', 0, { SingleMotorVibrateCmd: { Id: 4, DeviceIndex: 2, Speed: 1 } }, 4],
    [
      'a device without rotators',
      1,
      { RotateCmd: { Id: 4, DeviceIndex: 1, Rotations: [{ Index: 0, Speed: 1, Clockwise: true }] } },
      4,
    ],
    [
      'an ActuatorType the feature lacks',
      3,
      { ScalarCmd: { Id: 4, DeviceIndex: 0, Scalars: [{ Index: 0, Scalar: 1, ActuatorType: 'Oscillate' }] } },
      4,
    ],
    [
      'a sensor the device lacks',
      3,
      { SensorReadCmd: { Id: 4, DeviceIndex: 1, SensorIndex: 0, SensorType: 'Battery' } },
      4,
    ],
    ['a battery the device lacks', 2, { BatteryLevelCmd: { Id: 4, DeviceIndex: 1 } }, 4],
    [
      'a stream the device lacks',
      3,
      { SensorSubscribeCmd: { Id: 4, DeviceIndex: 0, SensorIndex: 0, SensorType: 'Battery' } },
      4,
    ],
    [
      'raw commands',
      3,
      { RawWriteCmd: { Id: 4, DeviceIndex: 0, Endpoint: 'tx', Data: [1], WriteWithResponse: false } },
      4,
    ],
    ['a Kiiroo command', 0, { KiirooCmd: { Id: 4, DeviceIndex: 0, Command: '4' } }, 4],
  ];
  for (const [what, version, message, code] of cases) {
    it(`v${version}: ${what} -> Error code ${code} with the request's Id`, () => {
      const inbound = session(version).send(message);
      expect(failureCode(inbound)).toBe(code);
      expect(inbound).toMatchObject({ id: 4 });
    });
  }
});

describe('device events', () => {
  const list = (id: number, devices: DeviceInfo[]) => deviceListMessage(id, devices);

  it('tells a client about each device that came or went, once', () => {
    const s = session(3, [nora]);
    expect(s.receive(list(0, [nora, edge]))).toEqual([{ type: 'DeviceAdded', Id: 0, ...legacyDevice(3, edge) }]);
    expect(s.receive(list(0, [nora, edge]))).toEqual([]);
    expect(s.receive(list(0, [edge]))).toEqual([{ type: 'DeviceRemoved', Id: 0, DeviceIndex: 0 }]);
    expect(s.receive(list(0, [nora, stroker]))).toEqual([
      { type: 'DeviceRemoved', Id: 0, DeviceIndex: 1 },
      { type: 'DeviceAdded', Id: 0, ...legacyDevice(3, nora) },
      { type: 'DeviceAdded', Id: 0, ...legacyDevice(3, stroker) },
    ]);
  });

  it('answers RequestDeviceList with an array in the version shape, and the new devices are then known', () => {
    const s = session(1, []);
    expect(s.receive(list(9, [edge, nora]))).toEqual([
      { type: 'DeviceList', Id: 9, Devices: [legacyDevice(1, nora), legacyDevice(1, edge)] },
    ]);
    expect(s.send({ VibrateCmd: { Id: 10, DeviceIndex: 1, Speeds: [{ Index: 1, Speed: 1 }] } })).toMatchObject({
      kind: 'request',
    });
  });

  it('commands for a device that went away are refused with code 4', () => {
    const s = session(3, [nora]);
    s.receive(list(0, []));
    expect(
      failureCode(
        s.send({ ScalarCmd: { Id: 4, DeviceIndex: 0, Scalars: [{ Index: 0, Scalar: 1, ActuatorType: 'Vibrate' }] } }),
      ),
    ).toBe(4);
  });
});

describe('readings', () => {
  const reading = (id: number, deviceIndex: number, featureIndex: number, reading: object): ServerMessageV4 =>
    ({
      type: 'InputReading',
      Id: id,
      DeviceIndex: deviceIndex,
      FeatureIndex: featureIndex,
      Reading: reading,
    }) as ServerMessageV4;

  it('v2 BatteryLevelCmd gets a BatteryLevelReading, RSSILevelCmd an RSSILevelReading', () => {
    const s = session(2);
    expect(s.send({ BatteryLevelCmd: { Id: 11, DeviceIndex: 0 } })).toMatchObject({
      request: { kind: 'input', featureIndex: 2, type: 'Battery', command: 'Read' },
    });
    expect(s.receive(reading(11, 0, 2, { Battery: { Value: 64 } }))).toEqual([
      { type: 'BatteryLevelReading', Id: 11, DeviceIndex: 0, BatteryLevel: 0.64 },
    ]);
    expect(s.send({ RSSILevelCmd: { Id: 12, DeviceIndex: 2 } })).toMatchObject({
      request: { featureIndex: 1, type: 'Rssi' },
    });
    expect(s.receive(reading(12, 2, 1, { Rssi: { Value: -40 } }))).toEqual([
      { type: 'RSSILevelReading', Id: 12, DeviceIndex: 2, RSSILevel: -40 },
    ]);
  });

  it('v3 SensorReading echoes the SensorIndex and SensorType the client sent', () => {
    const s = session(3);
    // A client that always says index 0 still gets the battery, as from the reference.
    expect(s.send({ SensorReadCmd: { Id: 13, DeviceIndex: 0, SensorIndex: 0, SensorType: 'battery' } })).toMatchObject({
      request: { featureIndex: 2, type: 'Battery' },
    });
    expect(s.receive(reading(13, 0, 2, { Battery: { Value: 90 } }))).toEqual([
      { type: 'SensorReading', Id: 13, DeviceIndex: 0, SensorIndex: 0, SensorType: 'battery', Data: [90] },
    ]);
  });

  it('a failed read passes the Error through and forgets the request', () => {
    const s = session(2);
    s.send({ BatteryLevelCmd: { Id: 14, DeviceIndex: 0 } });
    const error: ServerMessageV4 = { type: 'Error', Id: 14, ErrorCode: 4, ErrorMessage: 'timeout' };
    expect(s.receive(error)).toEqual([error]);
    expect(s.receive(reading(14, 0, 2, { Battery: { Value: 1 } }))).toMatchObject([
      { type: 'Error', Id: 14, ErrorCode: 3 },
    ]);
  });

  it('v3 subscriptions stream SensorReading events once the engine confirms, until unsubscribed or stopped', () => {
    const s = session(3);
    expect(s.send({ SensorSubscribeCmd: { Id: 15, DeviceIndex: 2, SensorIndex: 0, SensorType: 'Pressure' } })).toEqual({
      kind: 'request',
      request: { kind: 'input', id: 15, deviceIndex: 2, featureIndex: 1, type: 'Pressure', command: 'Subscribe' },
    });
    const sample = reading(0, 2, 1, { Pressure: { Value: 1234 } });
    expect(s.receive(sample)).toEqual([]);
    expect(s.receive({ type: 'Ok', Id: 15 })).toEqual([{ type: 'Ok', Id: 15 }]);
    expect(s.receive(sample)).toEqual([
      { type: 'SensorReading', Id: 0, DeviceIndex: 2, SensorIndex: 0, SensorType: 'Pressure', Data: [1234] },
    ]);
    expect(
      s.send({ SensorUnsubscribeCmd: { Id: 16, DeviceIndex: 2, SensorIndex: 0, SensorType: 'Pressure' } }),
    ).toMatchObject({
      request: { command: 'Unsubscribe', featureIndex: 1 },
    });
    expect(s.receive(sample)).toEqual([]);

    s.send({ SensorSubscribeCmd: { Id: 17, DeviceIndex: 2, SensorIndex: 0, SensorType: 'Pressure' } });
    s.receive({ type: 'Ok', Id: 17 });
    s.send({ StopDeviceCmd: { Id: 18, DeviceIndex: 2 } });
    expect(s.receive(sample)).toEqual([]);
  });
});

describe('frames', () => {
  it('every message of a frame is decoded on its own; a bad one carries its Id', () => {
    const decoded = codec(2).decode(
      encodeFrame([{ type: 'Ping', Id: 1 } as TaggedMessage, { type: 'Bogus', Id: 2 } as TaggedMessage]),
    );
    expect(decoded.ok && decoded.elements.map((e) => (e.ok ? e.message.type : e.id))).toEqual(['Ping', 2]);
  });

  it('extra fields make a message invalid (code 3)', () => {
    expect(failureCode(session(3).send({ StopDeviceCmd: { Id: 4, DeviceIndex: 0, Extra: 1 } }))).toBe(3);
  });
});
