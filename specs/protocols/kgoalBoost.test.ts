import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kgoalBoostProtocol, kgoalReadings } from '../../protocols/devices/kgoalBoost/kgoalBoostProtocol.js';
import { driveScript, protocolDevice } from '../support/protocolDevices.js';

const device = protocolDevice(kgoalBoostProtocol, kgoalBoostProtocol.config.defaults);
const [normalised, raw] = device.definition.features;

describe('KGoal Boost', () => {
  it('reads the normalised and raw pressure from one notification', () => {
    expect(kgoalReadings(Uint8Array.from([0x00, 0x01, 0x04, 0x00, 0x00, 0x05, 0xd3]))).toEqual([
      { featureIndex: 0, type: 'Pressure', value: 0 },
      { featureIndex: 1, type: 'Pressure', value: 0x05d3 },
    ]);
    const notification = { endpoint: 'rxpressure' as const, data: Uint8Array.from([0, 1, 4, 0x01, 0x02, 0x03, 0x04]) };
    expect(kgoalBoostProtocol.decodeNotification!(null, notification, device).map((r) => r.value)).toEqual([
      0x0102, 0x0304,
    ]);
    expect(kgoalBoostProtocol.decodeNotification!(null, { ...notification, endpoint: 'rx' }, device)).toEqual([]);
  });

  it('never throws on a notification, and reads nothing from a short one', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (data) => {
        const readings = kgoalReadings(data);
        expect(readings).toHaveLength(data.length < 7 ? 0 : 2);
        for (const reading of readings) expect(reading.value).toBeLessThanOrEqual(0xffff);
      }),
    );
  });

  it('subscribes to rxpressure, and unsubscribes only when no other pressure stream stays open', () => {
    const request = (
      feature: typeof normalised,
      otherStreams: { featureIndex: number; type: 'Pressure' | 'Battery' }[],
    ) => ({
      feature: feature!,
      type: 'Pressure' as const,
      command: 'Unsubscribe' as const,
      otherStreams,
    });
    expect(
      driveScript(
        kgoalBoostProtocol.subscribeInput!(null, { ...request(normalised, []), command: 'Subscribe' }, device),
      ).requests,
    ).toEqual([{ op: 'subscribe', endpoint: 'rxpressure' }]);
    expect(
      driveScript(
        kgoalBoostProtocol.unsubscribeInput!(
          null,
          request(normalised, [{ featureIndex: 1, type: 'Pressure' }]),
          device,
        ),
      ).requests,
    ).toEqual([]);
    expect(driveScript(kgoalBoostProtocol.unsubscribeInput!(null, request(raw, []), device)).requests).toEqual([
      { op: 'unsubscribe', endpoint: 'rxpressure' },
    ]);
  });

  it('has no outputs to drive', () => {
    expect(kgoalBoostProtocol.encodeOutputs(null, [], device)).toEqual({ ok: true, state: null, writes: [] });
  });
});
