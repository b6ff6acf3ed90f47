import { describe, expect, it } from 'vitest';
import { ButtplugClientDevice } from '../../actors/client/clientDevice.js';
import type { DeviceInfo } from '../../protocols/buttplug/messages.js';
import { formGap, legacyRequest, v0VibrateGap, v4OutputCommands, type LegacyDevice } from './messageForms.js';

const vibrate = (...speeds: number[]) => ({
  kind: 'Vibrate' as const,
  entries: speeds.map((speed, index) => ({ index, speed })),
});

describe('message forms per spec version', () => {
  it('knows which versions can say which form', () => {
    const forms = [
      vibrate(1),
      { kind: 'Stop' as const },
      { kind: 'Rotate' as const, entries: [] },
      { kind: 'Linear' as const, entries: [] },
      { kind: 'Battery' as const, expectedPower: 1, runAsync: false },
      { kind: 'Scalar' as const, entries: [] },
      { kind: 'RSSI' as const },
    ];
    const lowest = forms.map((form) => [0, 1, 2, 3, 4].find((version) => formGap(form, version) === undefined) ?? null);
    expect(lowest).toEqual([0, 0, 1, 1, 2, 3, null]);
  });

  it('lets v0 vibrate only every vibrator at one speed', () => {
    expect(v0VibrateGap(vibrate(0.5, 0.5), 2)).toBeUndefined();
    expect(v0VibrateGap(vibrate(0.5), 1)).toBeUndefined();
    expect(v0VibrateGap(vibrate(0.5), 2)).toMatch(/SingleMotorVibrateCmd/);
    expect(v0VibrateGap(vibrate(0.5, 0.25), 2)).toMatch(/SingleMotorVibrateCmd/);
  });

  const device: LegacyDevice = {
    index: 3,
    name: 'x',
    scalarActuators: ['Constrict', 'Vibrate', 'Oscillate', 'Vibrate'],
    sensors: ['Battery'],
  };

  it('sends a v3 Vibrate as ScalarCmd on the Vibrate actuators of the scalar list', () => {
    expect(legacyRequest(vibrate(0.5, 1), 3, device).message).toEqual({
      type: 'ScalarCmd',
      DeviceIndex: 3,
      Scalars: [
        { Index: 1, Scalar: 0.5, ActuatorType: 'Vibrate' },
        { Index: 3, Scalar: 1, ActuatorType: 'Vibrate' },
      ],
    });
    expect(legacyRequest(vibrate(0.5, 1), 2, device).message).toMatchObject({
      type: 'VibrateCmd',
      Speeds: [{ Index: 0 }, { Index: 1 }],
    });
    expect(legacyRequest(vibrate(0.5, 1), 0, device).message).toEqual({
      type: 'SingleMotorVibrateCmd',
      DeviceIndex: 3,
      Speed: 0.5,
    });
  });

  it('reads legacy battery replies as fractions', () => {
    const battery = { kind: 'Battery' as const, expectedPower: 0.5, runAsync: false };
    expect(legacyRequest(battery, 3, device).battery?.({ type: 'SensorReading', Data: [50] })).toBe(0.5);
    expect(legacyRequest(battery, 2, device).battery?.({ type: 'BatteryLevelReading', BatteryLevel: 0.5 })).toBe(0.5);
  });

  it('addresses v4 features as the reference client does, with its fraction rule', () => {
    const info: DeviceInfo = {
      DeviceIndex: 0,
      DeviceName: 'x',
      DeviceMessageTimingGap: 0,
      DeviceFeatures: {
        '0': { FeatureIndex: 0, FeatureDescription: '', Output: { Rotate: { Value: [-20, 20] } } },
        '1': { FeatureIndex: 1, FeatureDescription: '', Output: { Vibrate: { Value: [0, 20] } } },
        '2': { FeatureIndex: 2, FeatureDescription: '', Output: { Oscillate: { Value: [0, 3] } } },
        '3': {
          FeatureIndex: 3,
          FeatureDescription: '',
          Output: { HwPositionWithDuration: { Value: [0, 99], Duration: [0, 9999] } },
        },
      },
    };
    const client = new ButtplugClientDevice(info, { requestAll: async () => [], readings: { on: () => () => {} } });
    expect(
      v4OutputCommands({ kind: 'Scalar', entries: [{ index: 1, scalar: 0.5, actuatorType: 'Oscillate' }] }, client),
    ).toEqual([{ featureIndex: 2, command: { Oscillate: { Value: 2 } } }]);
    expect(
      v4OutputCommands({ kind: 'Rotate', entries: [{ index: 0, speed: 0.51, clockwise: false }] }, client),
    ).toEqual([{ featureIndex: 0, command: { Rotate: { Value: -11 } } }]);
    expect(v4OutputCommands({ kind: 'Linear', entries: [{ index: 3, position: 0.5, duration: 500 }] }, client)).toEqual(
      [{ featureIndex: 3, command: { HwPositionWithDuration: { Value: 50, Duration: 500 } } }],
    );
    expect(() => v4OutputCommands(vibrate(1, 1), client)).toThrow(/no vibrator #1/);
  });
});
