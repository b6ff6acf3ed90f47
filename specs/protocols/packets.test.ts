/** Packet formats of protocols no shared conformance case covers, from the reference's facts. */
import { describe, expect, it } from 'vitest';
import type { AnyDeviceProtocol, FeatureOutput } from '../../protocols/devices/shared/deviceProtocol.js';
import { activejoyProtocol } from '../../protocols/devices/activejoy/activejoyProtocol.js';
import { feelingsoProtocol } from '../../protocols/devices/feelingso/feelingsoProtocol.js';
import { foreoMode, foreoProtocol } from '../../protocols/devices/foreo/foreoProtocol.js';
import { protocolDevice } from '../support/protocolDevices.js';

const packets = (
  protocol: AnyDeviceProtocol,
  hardwareName: string | undefined,
  ...batches: [number, FeatureOutput['type'], number][][]
) => {
  const device = protocolDevice(protocol, protocol.config.defaults, hardwareName);
  let state = protocol.createState(device);
  return batches.map((batch) => {
    const outputs = batch.map(([index, type, value]) => ({ feature: device.definition.features[index]!, type, value }));
    const result = protocol.encodeOutputs(state, outputs, device);
    if (!result.ok) throw new Error(result.reason);
    state = result.state;
    return result.writes.map((w) => [w.endpoint, ...w.data, w.withResponse]);
  });
};

describe('device packets', () => {
  it('ActiveJoy: header, vibrate mode, motor, an on flag and the speed', () => {
    expect(packets(activejoyProtocol, undefined, [[0, 'Vibrate', 200]], [[0, 'Vibrate', 0]])).toEqual([
      [['tx', 0xb0, 0x01, 0x00, 0x00, 0x01, 200, false]],
      [['tx', 0xb0, 0x01, 0x00, 0x00, 0x00, 0, false]],
    ]);
  });

  it('FeelingSo: vibration and oscillation in one packet', () => {
    expect(
      packets(
        feelingsoProtocol,
        undefined,
        [[0, 'Vibrate', 10]],
        [
          [1, 'Oscillate', 19],
          [0, 'Vibrate', 3],
        ],
      ),
    ).toEqual([
      [['tx', 0xaa, 0x40, 0x03, 10, 0, 0x14, 0x19, false]],
      [['tx', 0xaa, 0x40, 0x03, 3, 19, 0x14, 0x19, false]],
    ]);
  });

  it('Foreo: the mode byte follows the model family in the advertised name', () => {
    expect(['LUNA play smart 2', 'LUNA PLAYSMART2', 'UFO 2', 'LUNA fofo', 'LUNA 3', 'BEAR'].map(foreoMode)).toEqual([
      3, 3, 1, 1, 0, 0,
    ]);
    expect(packets(foreoProtocol, 'UFO mini', [[0, 'Vibrate', 7]])).toEqual([[['tx', 0x01, 0x01, 7, true]]]);
  });
});
