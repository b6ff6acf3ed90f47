import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  advertisedKey,
  authenticationRequest,
  decrypt,
  encrypt,
  flufferAdvertisement,
  flufferProtocol,
} from '../../protocols/devices/fluffer/flufferProtocol.js';
import type { HardwareRequest } from '../../protocols/devices/shared/hardwareRequests.js';
import { driveScript, protocolDevice, rxNotification } from '../support/protocolDevices.js';

describe('Fluffer', () => {
  it('encrypts with AES-128-ECB and PKCS#7 padding, and decrypts back', () => {
    const packet = encrypt([0x82, 0x0f, 0x05, 0x00, 100, 0, 0, 0]);
    expect(packet).toHaveLength(16);
    expect(decrypt(packet)).toEqual([0x82, 0x0f, 0x05, 0x00, 100, 0, 0, 0]);
    expect(decrypt(Uint8Array.from(Array(16).fill(7)))).toBeUndefined();
  });

  it('sends a counter-clockwise rotation as 100 + speed', () => {
    const motorbunny = protocolDevice(
      flufferProtocol,
      flufferProtocol.config.configurations.find((m) => m.features.length === 2)!,
    );
    const [vibrate, rotate] = motorbunny.definition.features;
    const result = flufferProtocol.encodeOutputs(
      flufferProtocol.createState(motorbunny),
      [
        { feature: vibrate!, type: 'Vibrate', value: 40 },
        { feature: rotate!, type: 'Rotate', value: -30 },
      ],
      motorbunny,
    );
    expect(result.ok && result.writes.map((w) => decrypt(w.data))).toEqual([[0x82, 0x0f, 0x05, 0x00, 40, 130, 0, 0]]);
  });

  it('authenticates devices that advertise Fluffer manufacturer data, and switches them on', () => {
    const manufacturerData = [{ company: 0x684a, data: [0x10, 0x33, 0x00, 0x23, 0x44, 0x55] }];
    const advertisement = flufferAdvertisement(manufacturerData)!;
    expect(advertisement).toEqual([0x4a, 0x68, 0x10, 0x33, 0x00, 0x23, 0x44, 0x55]);
    // The key bytes are XORed with adv[1] ^ adv[2] = 0x78; zero bytes stay.
    expect(advertisedKey(advertisement)).toEqual([0x33 ^ 0x78, 0x00, 0x23 ^ 0x78, 0x44 ^ 0x78]);
    const request = authenticationRequest([1, 2, 3, 4], advertisement);
    const digest = createHash('sha256')
      .update(Uint8Array.from([1, 2, 3, 4, ...advertisedKey(advertisement)]))
      .digest();
    expect(request).toEqual([0xa5, 0x01, 0x08, 1, 2, 3, 4, ...digest.subarray(0, 4)]);

    const device = { ...protocolDevice(flufferProtocol, flufferProtocol.config.defaults), manufacturerData };
    const accept = (r: HardwareRequest) =>
      r.op === 'notification' ? rxNotification([...encrypt([0xa5, 0x01, 0x01, 0x00])]) : undefined;
    const { requests } = driveScript(flufferProtocol.initialize!(device, flufferProtocol.createState(device)), accept);
    expect(requests[0]).toEqual({ op: 'subscribe', endpoint: 'rx' });
    const sent = requests.filter((r) => r.op === 'write').map((r) => decrypt((r as { data: Uint8Array }).data));
    // The script asks for its four random bytes; driveScript answers 0, 1, 2, 3.
    expect(requests[1]).toEqual({ op: 'randomBytes', length: 4 });
    expect(sent[0]).toEqual(authenticationRequest([0, 1, 2, 3], advertisement));
    expect(sent[1]).toEqual([0x82, 0x0e, 0x02, 0x00, 0x01]);

    const refuse = (r: HardwareRequest) =>
      r.op === 'notification' ? rxNotification([...encrypt([0xa5, 0x01, 0x00, 0x00])]) : undefined;
    expect(() => driveScript(flufferProtocol.initialize!(device, flufferProtocol.createState(device)), refuse)).toThrow(
      /authentication/,
    );
  });

  it('only subscribes when the device advertised nothing to authenticate with', () => {
    const device = protocolDevice(flufferProtocol, flufferProtocol.config.defaults);
    expect(driveScript(flufferProtocol.initialize!(device, flufferProtocol.createState(device))).requests).toEqual([
      { op: 'subscribe', endpoint: 'rx' },
    ]);
  });
});
