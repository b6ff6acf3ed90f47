import { describe, expect, it } from 'vitest';
import { mysteryvibeProtocol } from '../../protocols/devices/mysteryvibe/mysteryvibeProtocol.js';
import { driveScript, encodeOrThrow, featureOutput, modelNamed } from '../support/protocolDevices.js';

describe('MysteryVibe', () => {
  const poco = modelNamed(mysteryvibeProtocol, 'MysteryVibe Poco');

  it('enters command mode on txmode, with response', () => {
    const { requests } = driveScript(mysteryvibeProtocol.initialize!(poco, mysteryvibeProtocol.createState(poco)));
    expect(requests).toEqual([
      { op: 'write', endpoint: 'txmode', data: Uint8Array.from([0x43, 0x02, 0x00]), withResponse: true },
    ]);
  });

  it('sends one byte per motor of the model, all in one packet', () => {
    const { writes } = encodeOrThrow(mysteryvibeProtocol, poco, [featureOutput(poco, 1, 'Vibrate', 56)]);
    expect(writes).toEqual([
      { op: 'write', endpoint: 'txvibrate', data: Uint8Array.from([0, 56]), withResponse: false },
    ]);
  });
});
