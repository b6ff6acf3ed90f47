import { describe, expect, it } from 'vitest';
import {
  joyconRumble,
  nintendoJoyconProtocol,
  rumbleFrame,
} from '../../protocols/devices/nintendoJoycon/nintendoJoyconProtocol.js';
import { driveScript, encodeOrThrow, featureOutput, protocolDevice } from '../support/protocolDevices.js';

describe('Nintendo Joy-Con', () => {
  const joycon = protocolDevice(nintendoJoyconProtocol, nintendoJoyconProtocol.config.defaults);

  it('enables vibration with sub-command 0x48 in a 64-byte report 0x01', () => {
    const { requests } = driveScript(nintendoJoyconProtocol.initialize!(joycon, null));
    const expected = new Uint8Array(64);
    expected.set([0x01, 0x00], 0);
    expected.set([0x48, 0x01], 10);
    expect(requests).toEqual([{ op: 'write', endpoint: 'tx', data: expected, withResponse: false }]);
  });

  it('encodes rumble frames: 200 Hz, amplitude on the three logarithmic scales', () => {
    // 200 Hz: round(32 log2(20)) = 138, so 168 (high band) and 74 (low band).
    expect(rumbleFrame(200, 1)).toEqual([168, 200, 74 + 114, 114]); // round(32 log2(8.7)) = 100
    expect(rumbleFrame(200, 0.5)).toEqual([168, 136, 74 + 98, 98]); // round(32 log2(4.35)) = 68
    expect(rumbleFrame(200, 0.121)).toEqual([168, 34, 74 + 72, 72]); // round(16 log2(2.057)) = 17
    expect(rumbleFrame(200, 0.1)).toEqual([168, 0, 74 + 64, 64]); // below the scales: amplitude 0
  });

  it('rests for speeds up to 1/1000', () => {
    expect(joyconRumble(0)).toEqual([0, 0, 65, 64]);
    expect(joyconRumble(1)).toEqual(joyconRumble(0));
    expect(joyconRumble(2)).not.toEqual(joyconRumble(0));
  });

  it('sends the same frame for both actuators in report 0x10, counter 1', () => {
    const [report] = encodeOrThrow(nintendoJoyconProtocol, joycon, [featureOutput(joycon, 0, 'Vibrate', 500)]).bytes;
    expect(report).toHaveLength(64);
    expect(report!.slice(0, 11)).toEqual([0x10, 0x01, ...joyconRumble(500), ...joyconRumble(500), 0x00]);
    expect(report!.slice(11).every((byte) => byte === 0)).toBe(true);
  });
});
