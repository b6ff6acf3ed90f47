import { describe, expect, it } from 'vitest';
import { modelName, vibratissimoProtocol } from '../../protocols/devices/vibratissimo/vibratissimoProtocol.js';
import { ascii } from '../../protocols/devices/shared/hardwareRequests.js';
import { driveScript } from '../support/protocolDevices.js';
import { encodeBatches, modelNamed } from '../support/encodeBatches.js';

const writesOf = (batches: ReturnType<typeof encodeBatches>) =>
  batches.map((writes) => (typeof writes === 'string' ? writes : writes.map((w) => [w.endpoint, [...w.data]])));

describe('Vibratissimo', () => {
  it('identifies by the model name read from rxblemodel, else the advertised name', () => {
    const identify = (answer: Uint8Array) =>
      driveScript(
        vibratissimoProtocol.identify!({ hardwareName: 'Vibratissimo', address: 'a', endpoints: [] }),
        () => answer,
      );
    const { requests, result } = identify(ascii('Rabbit'));
    expect(requests).toEqual([{ op: 'read', endpoint: 'rxblemodel', length: 128, timeoutMs: 500 }]);
    expect(result).toBe('Rabbit');
    expect(identify(Uint8Array.from([0xff, 0xfe])).result).toBe('Vibratissimo');
    expect(modelName(Uint8Array.from([0xc3]))).toBeUndefined();
  });

  it('puts the toy in write mode, then sends every vibrator level (padded for one motor)', () => {
    const single = modelNamed(vibratissimoProtocol, 'Vibratissimo Device');
    expect(writesOf(encodeBatches(vibratissimoProtocol, single, [[[0, 'Vibrate', 200]]]))).toEqual([
      [
        ['txmode', [0x03, 0xff]],
        ['txvibrate', [200, 0]],
      ],
    ]);
    const rabbit = modelNamed(vibratissimoProtocol, 'Vibratissimo Rabbit');
    expect(
      writesOf(
        encodeBatches(vibratissimoProtocol, rabbit, [
          [
            [1, 'Vibrate', 10],
            [2, 'Vibrate', 2],
          ],
          [[0, 'Vibrate', 7]],
        ]),
      ),
    ).toEqual([
      [
        ['txmode', [0x03, 0xff]],
        ['txvibrate', [0, 10, 2]],
      ],
      [
        ['txmode', [0x03, 0xff]],
        ['txvibrate', [7, 10, 2]],
      ],
    ]);
  });

  it('reads the battery from the BLE battery level', () => {
    const rabbit = modelNamed(vibratissimoProtocol, 'Vibratissimo Rabbit');
    const battery = rabbit.definition.features[3]!;
    const { requests, result } = driveScript(
      vibratissimoProtocol.readInput!(
        { levels: [0, 0, 0] },
        { feature: battery, type: 'Battery', command: 'Read' },
        rabbit,
      ),
      () => Uint8Array.from([87]),
    );
    expect(requests).toEqual([{ op: 'read', endpoint: 'rxblebattery', length: 1 }]);
    expect(result).toBe(87);
  });
});
