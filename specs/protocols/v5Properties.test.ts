/**
 * Properties of the encoders device config v5 added: whatever a client asks, in whatever order, the
 * bytes say exactly what the device was last told, in the packet format the protocol's header
 * describes (the byte-for-byte examples are in v5Protocols.test.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FeatureOutput, ProtocolDevice } from '../../protocols/devices/shared/deviceProtocol.js';
import { bytesToText } from '../../protocols/devices/shared/hardwareRequests.js';
import {
  fmachineCrc,
  fmachineProtocol,
  type FmachineState,
} from '../../protocols/devices/fmachine/fmachineProtocol.js';
import { kiirooSpotV2Protocol } from '../../protocols/devices/kiiroo/kiirooSpotV2Protocol.js';
import { ossmProtocol, type OssmState } from '../../protocols/devices/ossm/ossmProtocol.js';
import { sdlGamepadProtocol } from '../../protocols/devices/sdlGamepad/sdlGamepadProtocol.js';
import { sexverseV6Protocol } from '../../protocols/devices/sexverse/sexverseV6Protocol.js';
import { simulatedProtocol } from '../../protocols/devices/simulated/simulatedProtocol.js';
import { svakomFatimaProtocol } from '../../protocols/devices/svakom/svakomFatimaProtocol.js';
import { umoveProtocol, type UmoveState } from '../../protocols/devices/umove/umoveProtocol.js';
import { utimiProtocol } from '../../protocols/devices/utimi/utimiProtocol.js';
import { decrypt, encrypt, vibioProtocol } from '../../protocols/devices/vibcrafter/vibioProtocol.js';
import { yiciyuanLevel, yiciyuanProtocol } from '../../protocols/devices/yiciyuan/yiciyuanProtocol.js';
import {
  driveScript,
  encodeOrThrow,
  featureOutput,
  models,
  modelNamed,
  protocolDevice,
  rxNotification,
} from '../support/protocolDevices.js';

/** Any output change the device declares, at any value in its hardware range. */
const anyOutput = (device: ProtocolDevice): fc.Arbitrary<FeatureOutput> =>
  fc.oneof(
    ...device.definition.features.flatMap((feature) =>
      feature.outputs.map((output) =>
        fc.integer({ min: output.base[0], max: output.base[1] }).map((value): FeatureOutput => ({
          feature,
          type: output.type,
          value,
          ...(output.duration ? { duration: output.duration[1] } : {}),
        })),
      ),
    ),
  );

/** Each output one at a time, from a fresh state: the state and every packet written, in order. */
const encodeEach = <S>(
  protocol: Parameters<typeof encodeOrThrow<S>>[0],
  device: ProtocolDevice,
  outputs: FeatureOutput[],
) => {
  let state = protocol.createState(device);
  const packets: number[][] = [];
  for (const output of outputs) {
    const result = encodeOrThrow(protocol, device, [output], state);
    state = result.state;
    packets.push(...result.bytes);
  }
  return { state, packets };
};

/** The last value asked of each feature index. */
const lastByFeature = (outputs: readonly FeatureOutput[]): Map<number, number> =>
  new Map(outputs.map((output) => [output.feature.index, output.value]));

describe('Kiiroo Spot 2', () => {
  it('sends the level twice in one packet, with response', () => {
    const device = modelNamed(kiirooSpotV2Protocol, 'Kiiroo Spot 2');
    fc.assert(
      fc.property(fc.nat(100), (level) => {
        const { writes } = encodeOrThrow(kiirooSpotV2Protocol, device, [featureOutput(device, 0, 'Vibrate', level)]);
        expect(writes.map((w) => [w.endpoint, [...w.data], w.withResponse])).toEqual([
          ['tx', [0x01, level, level, 0x03, 0xe8, 0xff], true],
        ]);
      }),
    );
  });
});

describe('Sexverse v6 and Utimi (one packet carries every motor)', () => {
  it("Sexverse v6: each packet holds the last level of every output type in that type's slot", () => {
    const device = modelNamed(sexverseV6Protocol, 'Sexverse Sirius');
    fc.assert(
      fc.property(fc.array(anyOutput(device), { minLength: 1, maxLength: 12 }), (outputs) => {
        const { packets } = encodeEach(sexverseV6Protocol, device, outputs);
        const last = lastByFeature(outputs);
        expect(packets.at(-1)).toEqual([0xaa, 0x03, 0x03, last.get(0) ?? 0, last.get(1) ?? 0, last.get(2) ?? 0]);
      }),
    );
  });

  it("Utimi: each packet holds the last level of every feature in its index's slot, five slots framed", () => {
    for (const model of models(utimiProtocol)) {
      const device = protocolDevice(utimiProtocol, model);
      fc.assert(
        fc.property(fc.array(anyOutput(device), { minLength: 1, maxLength: 12 }), (outputs) => {
          const { packets } = encodeEach(utimiProtocol, device, outputs);
          const last = lastByFeature(outputs);
          expect(packets.at(-1)).toEqual([0xa0, 0x03, ...[0, 1, 2, 3, 4].map((i) => last.get(i) ?? 0), 0xaa]);
        }),
      );
    }
  });
});

describe('Svakom Fatima Pro', () => {
  const device = modelNamed(svakomFatimaProtocol, 'Svakom Fatima Pro');
  const FUNCTION = { Vibrate: 0x03, Constrict: 0x09, Oscillate: 0x08, Temperature: 0x05 } as const;

  it("names each output's function in byte 1, and off is a packet without mode or level", () => {
    fc.assert(
      fc.property(anyOutput(device), (output) => {
        const [packet] = encodeOrThrow(svakomFatimaProtocol, device, [output]).bytes;
        expect(packet!.slice(0, 2)).toEqual([0x55, FUNCTION[output.type as keyof typeof FUNCTION]]);
        if (output.type === 'Vibrate' || output.type === 'Constrict')
          expect(packet).toEqual([0x55, packet![1], 0, 0, output.value ? 1 : 0, output.value]);
        if (output.type === 'Oscillate')
          expect(packet).toEqual(output.value ? [0x55, 0x08, 0, 0, output.value, 0xff] : [0x55, 0x08, 0, 0, 0, 0]);
        if (output.type === 'Temperature') expect(packet![2]).toBe(output.value);
      }),
    );
  });
});

describe('Yiciyuan', () => {
  it('scales 0..100 onto 0..20, never decreasing, half up', () => {
    fc.assert(
      fc.property(fc.nat(99), (value) => {
        expect(yiciyuanLevel(value + 1)).toBeGreaterThanOrEqual(yiciyuanLevel(value));
        expect(Math.abs(yiciyuanLevel(value) - value / 5)).toBeLessThanOrEqual(0.5);
      }),
    );
  });

  it("each 16-byte frame holds every axis's last level, scaled, in its feature's slot", () => {
    const device = modelNamed(yiciyuanProtocol, 'Yiciyuan FJB-02');
    fc.assert(
      fc.property(fc.array(anyOutput(device), { minLength: 1, maxLength: 12 }), (outputs) => {
        const { packets } = encodeEach(yiciyuanProtocol, device, outputs);
        const last = lastByFeature(outputs);
        const slots = [0, 1, 2].map((i) => yiciyuanLevel(last.get(i) ?? 0));
        expect(packets.at(-1)).toEqual([0x35, 0x12, ...slots, ...Array<number>(11).fill(0)]);
      }),
    );
  });
});

describe('Umove', () => {
  const u32At = (packet: readonly number[], at: number) =>
    (packet[at]! | (packet[at + 1]! << 8) | (packet[at + 2]! << 16) | (packet[at + 3]! << 24)) >>> 0;

  it('numbers every packet once, in order; a timed move steps every 100 ms and ends on its target', () => {
    const device = modelNamed(umoveProtocol, 'Umove Mira');
    const moves = fc.array(
      fc.oneof(
        anyOutput(device),
        fc
          .tuple(fc.nat(632), fc.nat(2_000))
          .map(([position, duration]) => featureOutput(device, 1, 'HwPositionWithDuration', position, duration)),
      ),
      { minLength: 1, maxLength: 8 },
    );
    fc.assert(
      fc.property(fc.nat(), moves, (firstId, outputs) => {
        let state: UmoveState = { packetId: firstId, vibrate: 0, position: 0 };
        let expectedId = firstId;
        for (const output of outputs) {
          const { state: next, writes } = encodeOrThrow(umoveProtocol, device, [output], state);
          const packets = writes.map((w) => [...w.data]);
          if (output.type === 'Temperature') {
            expect(packets).toEqual([
              [0x5a, 0xa5, 0x55, 0x06, 0xff, 0xff, 0, 0, 0xff, 0xff, 0xff, 0xff, output.value, 0xff],
            ]);
          } else {
            for (const packet of packets) {
              expect(packet).toHaveLength(16);
              expect(u32At(packet, 8)).toBe(expectedId);
              expectedId = (expectedId + 1) >>> 0;
            }
            expect(writes.map((w) => w.delayMs ?? 0)).toEqual(writes.map((_, i) => i * 100));
            if (output.type !== 'Vibrate') expect(u32At(packets.at(-1)!, 12)).toBe(output.value);
            if (output.type === 'HwPositionWithDuration')
              expect(packets).toHaveLength(Math.max(1, Math.floor(output.duration! / 100)));
          }
          state = next;
        }
        expect(state.packetId).toBe(expectedId);
      }),
    );
  });
});

describe('OSSM', () => {
  const device = modelNamed(ossmProtocol, 'Kinky Makers OSSM');
  const kindOf = (output: FeatureOutput) => (output.type === 'Oscillate' ? 'strokeEngine' : 'streaming');

  it('switches mode exactly when a command needs the other one, and writes every command with response', () => {
    fc.assert(
      fc.property(fc.array(anyOutput(device), { minLength: 1, maxLength: 12 }), (outputs) => {
        let state: OssmState = ossmProtocol.createState(device);
        for (const output of outputs) {
          const { state: next, writes } = encodeOrThrow(ossmProtocol, device, [output], state);
          const texts = writes.map((w) => bytesToText(w.data));
          expect(writes.every((w) => w.withResponse)).toBe(true);
          const stopOutsideEngine = output.type === 'Oscillate' && output.value === 0 && state.mode !== 'strokeEngine';
          if (stopOutsideEngine) {
            expect([texts, next]).toEqual([[], state]);
            continue;
          }
          const switches = state.mode !== kindOf(output);
          expect(texts.filter((t) => t === 'go:menu')).toHaveLength(switches ? 1 : 0);
          expect(next.mode).toBe(kindOf(output));
          expect(texts.at(-1)).toBe(
            output.type === 'Oscillate' ? `set:speed:${output.value}` : `stream:${output.value}:${output.duration}`,
          );
          state = next;
        }
      }),
    );
  });
});

describe('Vibio', () => {
  it('reads back every packet it encrypts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 64 }), (text) => {
        expect(decrypt(encrypt(text))).toBe(text);
      }),
    );
  });

  it('sends both motors as two digits each, whichever moved', () => {
    const device = modelNamed(vibioProtocol, 'Vibio Rivera');
    fc.assert(
      fc.property(fc.array(anyOutput(device), { minLength: 1, maxLength: 8 }), (outputs) => {
        const { packets } = encodeEach(vibioProtocol, device, outputs);
        const last = lastByFeature(outputs);
        const digits = [0, 1].map((i) => String(last.get(i) ?? 0).padStart(2, '0')).join('');
        expect(decrypt(Uint8Array.from(packets.at(-1)!))).toBe(`MtInt:${digits};`);
      }),
    );
  });

  it('answers up to eight challenges before the toy accepts, and gives up after that', () => {
    const device = modelNamed(vibioProtocol, 'Vibio Clara');
    fc.assert(
      fc.property(fc.nat(10), fc.stringMatching(/^[A-Za-z0-9]{1,12}$/), (challenges, token) => {
        const replies = [...Array<string>(challenges).fill(`0a1B:${token};`), 'OK;'];
        const run = () =>
          driveScript(vibioProtocol.initialize!(device, { levels: [0, 0] }), (request) =>
            request.op === 'notification' ? rxNotification([...encrypt(replies.shift()!)]) : undefined,
          );
        if (challenges > 8) {
          expect(run).toThrow(/valid security handshake/);
          return;
        }
        const answers = run().requests.filter((r) => r.op === 'write');
        expect(answers).toHaveLength(1 + challenges);
      }),
    );
  });
});

describe('F-Machine', () => {
  it('reaches any speed asked for through its keepalive, every packet checked, presses released', () => {
    const device = modelNamed(fmachineProtocol, 'F-Machine Alpha');
    fc.assert(
      fc.property(fc.array(fc.nat(28), { minLength: 1, maxLength: 4 }), (targets) => {
        let state: FmachineState = fmachineProtocol.createState(device);
        const packets: number[][] = [];
        for (const target of targets) {
          const sent = encodeOrThrow(fmachineProtocol, device, [featureOutput(device, 0, 'Oscillate', target)], state);
          state = sent.state;
          packets.push(...sent.bytes);
          for (let tick = 0; tick < 30; tick++) {
            const step = fmachineProtocol.keepaliveWrites!(state, device);
            state = step.state;
            packets.push(...step.writes.map((w) => [...w.data]));
          }
          expect(state).toEqual({ running: target > 0, speed: target, target });
        }
        for (const packet of packets) {
          expect(packet).toHaveLength(18);
          expect(packet[17]).toBe(fmachineCrc(packet.slice(0, 17)));
        }
        // Every press (0x01 on/off, 0x05 up, 0x06 down) is followed by its release (0x02, 0x03).
        packets.forEach((packet, i) => {
          if (packet[0] === 0x01) expect(packets[i + 1]![0]).toBe(0x02);
          if (packet[0] === 0x05 || packet[0] === 0x06) expect(packets[i + 1]![0]).toBe(0x03);
        });
      }),
    );
  });
});

describe('SDL gamepad', () => {
  const CHANNELS: Record<string, readonly number[]> = {
    'SDL Gamepad': [0, 1],
    'SDL Gamepad (Rumble and Triggers)': [0, 1, 2, 3],
    'SDL Gamepad (Triggers Only)': [2, 3],
  };

  it.each(Object.keys(CHANNELS))("%s: each packet holds every channel's last level, little-endian", (name) => {
    const device = modelNamed(sdlGamepadProtocol, name);
    fc.assert(
      fc.property(fc.array(anyOutput(device), { minLength: 1, maxLength: 8 }), (outputs) => {
        const { packets } = encodeEach(sdlGamepadProtocol, device, outputs);
        expect(packets).toHaveLength(outputs.length);
        const levels = [0, 0, 0, 0];
        for (const [index, value] of lastByFeature(outputs)) levels[CHANNELS[name]![index]!] = value;
        expect(packets.at(-1)).toEqual(levels.flatMap((level) => [level & 0xff, level >> 8]));
      }),
    );
  });
});

describe('simulated archetypes', () => {
  it('log each change as text that reads back as the output, its feature, value and duration', () => {
    for (const model of models(simulatedProtocol)) {
      const device = protocolDevice(simulatedProtocol, model);
      fc.assert(
        fc.property(anyOutput(device), (output) => {
          const [packet] = encodeOrThrow(simulatedProtocol, device, [output]).writes;
          const [type, feature, value, duration] = bytesToText(packet!.data).split(':');
          expect([type, Number(feature), Number(value)]).toEqual([output.type, output.feature.index, output.value]);
          expect(duration === undefined ? undefined : Number(duration)).toBe(output.duration);
        }),
      );
    }
  });
});
