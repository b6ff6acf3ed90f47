/** Protocols whose packets are one line each: the bytes for a few values, checked by hand against the reference. */
import { describe, expect, it } from 'vitest';
import type { AnyDeviceProtocol, FeatureOutput } from '../../protocols/devices/shared/deviceProtocol.js';
import { galakuPayload } from '../../protocols/devices/galaku/galakuCipher.js';
import { galakuPumpProtocol } from '../../protocols/devices/galaku/galakuPumpProtocol.js';
import { htkBmMode, htkBmProtocol } from '../../protocols/devices/htkBm/htkBmProtocol.js';
import { itoysProtocol } from '../../protocols/devices/itoys/itoysProtocol.js';
import { kiirooSpotProtocol } from '../../protocols/devices/kiiroo/kiirooSpotProtocol.js';
import { kizunaProtocol } from '../../protocols/devices/kizuna/kizunaProtocol.js';
import { protocolDevice } from '../support/protocolDevices.js';

const writes = (
  protocol: AnyDeviceProtocol,
  modelName: string | undefined,
  outputs: (features: FeatureOutput['feature'][]) => FeatureOutput[],
) => {
  const model = modelName
    ? protocol.config.configurations.find((m) => m.name === modelName)!
    : protocol.config.defaults;
  const device = protocolDevice(protocol, model);
  const result = protocol.encodeOutputs(protocol.createState(device), outputs([...device.definition.features]), device);
  if (!result.ok) throw new Error(result.reason);
  return result.writes;
};

describe('one-line protocols', () => {
  it('Galaku pump: oscillation and vibration in one scrambled packet, with response', () => {
    const [packet] = writes(galakuPumpProtocol, undefined, ([pump, vibrator]) => [
      { feature: vibrator!, type: 'Vibrate', value: 20 },
      { feature: pump!, type: 'Oscillate', value: 70 },
    ]);
    expect(galakuPayload([...packet!.data])).toEqual([0x5a, 0, 0, 1, 0x60, 3, 70, 20, 0, 0]);
    expect(packet!.withResponse).toBe(true);
  });

  it('HTK: one byte naming the sides that run', () => {
    expect([htkBmMode([1, 1]), htkBmMode([1, 0]), htkBmMode([0, 1]), htkBmMode([0, 0])]).toEqual([11, 12, 13, 15]);
    const [packet] = writes(htkBmProtocol, undefined, ([, right]) => [{ feature: right!, type: 'Vibrate', value: 1 }]);
    expect([...packet!.data]).toEqual([13]);
  });

  it('iToys: vibration and oscillation packets', () => {
    const packets = writes(itoysProtocol, 'iToys Twinkling Stars', ([vibrator, oscillator]) => [
      { feature: vibrator!, type: 'Vibrate', value: 2 },
      { feature: oscillator!, type: 'Oscillate', value: 200 },
      { feature: oscillator!, type: 'Oscillate', value: 0 },
    ]);
    expect(packets.map((p) => [...p.data])).toEqual([
      [0xa0, 0x01, 0x00, 0x00, 2, 0xff],
      [0xa0, 0x06, 0x01, 0x00, 0x01, 200],
      [0xa0, 0x06, 0x00, 0x00, 0x00, 0],
    ]);
  });

  it('Kiiroo Spot: [0, 0xFF, 0, 0, 0, speed]', () => {
    const [packet] = writes(kiirooSpotProtocol, undefined, ([motor]) => [
      { feature: motor!, type: 'Vibrate', value: 55 },
    ]);
    expect([...packet!.data]).toEqual([0x00, 0xff, 0x00, 0x00, 0x00, 55]);
  });

  it('Kizuna: the speed as an ASCII digit and CR LF', () => {
    const [packet] = writes(kizunaProtocol, undefined, ([rotor]) => [{ feature: rotor!, type: 'Rotate', value: 7 }]);
    expect(packet).toMatchObject({ endpoint: 'tx', data: Uint8Array.from([0x37, 0x0d, 0x0a]) });
  });
});
