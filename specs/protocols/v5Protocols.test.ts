/** The protocols device config v5 added: their packets, byte for byte (upstream handlers as the reference). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fmachineCrc,
  fmachinePacket,
  fmachineProtocol,
  fmachineStep,
} from '../../protocols/devices/fmachine/fmachineProtocol.js';
import { ossmModeSwitch, ossmProtocol } from '../../protocols/devices/ossm/ossmProtocol.js';
import { sdlRumblePacket } from '../../protocols/devices/sdlGamepad/sdlGamepadProtocol.js';
import { umovePacket, umoveProtocol } from '../../protocols/devices/umove/umoveProtocol.js';
import { decrypt, encrypt, vibioProtocol } from '../../protocols/devices/vibcrafter/vibioProtocol.js';
import { yiciyuanLevel } from '../../protocols/devices/yiciyuan/yiciyuanProtocol.js';
import { bytesToText } from '../../protocols/devices/shared/hardwareRequests.js';
import { driveScript, featureOutput, modelNamed, rxNotification, writtenBytes } from '../support/protocolDevices.js';

describe('F-Machine', () => {
  it('ends every button packet with its bit-count check', () => {
    expect(fmachinePacket(0x05).slice(0, 17)).toEqual([
      5, 0x64, 0, 0, 0, 0, 0x31, 0x32, 0x33, 0x34, 0, 0, 0, 0, 0, 0, 0,
    ]);
    // 0x05 0x64 "1234": 2 + 3 + 3 + 3 + 4 + 3 = 18 bits, 18 % 3 = 0 -> 222 - 18
    expect(fmachineCrc(fmachinePacket(0x05).slice(0, 17))).toBe(204);
  });

  it('steps one speed at a time toward the target, switching on first and off at once when stopped', () => {
    fc.assert(
      fc.property(fc.nat(28), fc.nat(28), (from, to) => {
        let state = { running: from > 0, speed: from, target: to };
        for (let i = 0; i < 60; i++) state = fmachineStep(state).state;
        expect(state).toEqual({ running: to > 0, speed: to, target: to });
      }),
    );
    const stop = fmachineStep({ running: true, speed: 3, target: 0 });
    expect(writtenBytes(stop.writes)[0]![0]).toBe(0x01); // on/off press first
  });

  it('brings the machine to its floor after connecting: 55 speed-down presses, 60 ms apart', () => {
    const device = modelNamed(fmachineProtocol, 'F-Machine Alpha');
    const { requests } = driveScript(fmachineProtocol.initialize!(device, fmachineProtocol.createState(device)));
    expect(requests.filter((r) => r.op === 'sleep')).toHaveLength(55);
    expect(writtenBytes(requests).filter((b) => b![0] === 0x06)).toHaveLength(55);
  });
});

describe('OSSM', () => {
  const device = modelNamed(ossmProtocol, 'Kinky Makers OSSM');
  const text = (
    state: Parameters<typeof ossmProtocol.encodeOutputs>[0],
    outputs: Parameters<typeof ossmProtocol.encodeOutputs>[1],
  ) => {
    const result = ossmProtocol.encodeOutputs(state, outputs, device);
    return result.ok ? { mode: result.state.mode, sent: result.writes.map((w) => bytesToText(w.data)) } : result.reason;
  };

  it('enters the stroke engine for a speed, streaming for a timed move, and sends no stop outside the engine', () => {
    expect(text({ mode: 'none' }, [featureOutput(device, 0, 'Oscillate', 0)])).toEqual({ mode: 'none', sent: [] });
    expect(text({ mode: 'none' }, [featureOutput(device, 0, 'Oscillate', 40)])).toEqual({
      mode: 'strokeEngine',
      sent: ['go:menu', 'go:strokeEngine', 'false', 'set:depth:100', 'set:stroke:100', 'set:speed:40'],
    });
    expect(text({ mode: 'strokeEngine' }, [featureOutput(device, 0, 'HwPositionWithDuration', 70, 500)])).toEqual({
      mode: 'streaming',
      sent: [...ossmModeSwitch('streaming').map((w) => bytesToText(w.data)), 'stream:70:500'],
    });
  });
});

describe('Umove', () => {
  it('is identified by the third and fourth letters of its name', () => {
    expect(driveScript(umoveProtocol.identify!({ hardwareName: 'UMVxB123', address: 'a', endpoints: [] })).result).toBe(
      'Vx',
    );
  });

  it('sends vibration, a constant and the packet id and position little-endian', () => {
    expect(umovePacket({ packetId: 0x01020304, vibrate: 0x1234, position: 600 })).toEqual([
      0x5a, 0xa5, 0x55, 0x00, 0x34, 0x12, 0x01, 0x00, 0x04, 0x03, 0x02, 0x01, 0x58, 0x02, 0x00, 0x00,
    ]);
  });
});

describe('Yiciyuan', () => {
  it('scales 0..100 to the device 0..20, half up', () => {
    expect([0, 2, 3, 50, 75, 100].map(yiciyuanLevel)).toEqual([0, 0, 1, 10, 15, 20]);
  });
});

describe('SDL gamepad', () => {
  it('sends four little-endian u16 rumble levels', () => {
    expect(sdlRumblePacket([0x8000, 0xffff, 0, 0x4000])).toEqual([0x00, 0x80, 0xff, 0xff, 0, 0, 0x00, 0x40]);
  });
});

describe('Vibio', () => {
  it('authenticates with an 8-character nonce and answers a hex challenge, under its own key', () => {
    const device = modelNamed(vibioProtocol, 'Vibio Clara');
    const replies = ['1a2B:Token;', 'OK;'];
    const { requests } = driveScript(vibioProtocol.initialize!(device, { levels: [0, 0] }), (r) =>
      r.op === 'notification' ? rxNotification([...encrypt(replies.shift()!)]) : undefined,
    );
    const sent = requests.filter((r) => r.op === 'write').map((r) => decrypt((r as { data: Uint8Array }).data));
    expect(sent[0]).toBe('Auth:ABCDEFGH;');
    expect(sent[1]).toMatch(/^Auth:[0-9a-f]{4};$/);
  });
});
