import { describe, expect, it } from 'vitest';
import { amorelieJoyProtocol } from '../../protocols/devices/amorelieJoy/amorelieJoyProtocol.js';
import { COWGIRL_CONE_WAKE_MS, cowgirlConeProtocol } from '../../protocols/devices/cowgirl/cowgirlConeProtocol.js';
import { bytes, driveScript, protocolDevice } from '../support/protocolDevices.js';

describe('Amorelie Joy and the Cowgirl Cone', () => {
  it('wake the device before it takes commands (the Cone then rests 3 s)', () => {
    const joy = protocolDevice(amorelieJoyProtocol, amorelieJoyProtocol.config.defaults);
    expect(driveScript(amorelieJoyProtocol.initialize!(joy, null)).requests.map(bytes)).toEqual([[0x03]]);
    const cone = protocolDevice(cowgirlConeProtocol, cowgirlConeProtocol.config.defaults);
    expect(driveScript(cowgirlConeProtocol.initialize!(cone, null)).requests).toEqual([
      { op: 'write', endpoint: 'tx', data: Uint8Array.from([0xaa, 0x56, 0, 0]), withResponse: false },
      { op: 'sleep', ms: COWGIRL_CONE_WAKE_MS },
    ]);
  });
});
