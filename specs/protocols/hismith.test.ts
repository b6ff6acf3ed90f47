import { describe, expect, it } from 'vitest';
import type {
  AnyDeviceProtocol,
  FeatureOutput,
  ProtocolDevice,
} from '../../protocols/devices/shared/deviceProtocol.js';
import type { HardwareRequest } from '../../protocols/devices/shared/hardwareRequests.js';
import { hismithProtocol } from '../../protocols/devices/hismith/hismithProtocol.js';
import { hismithMiniProtocol } from '../../protocols/devices/hismith/hismithMiniProtocol.js';
import { driveScript, protocolDevice } from '../support/protocolDevices.js';

const context = { hardwareName: 'HISMITH', address: 'A', endpoints: ['rxblemodel', 'tx'] as const };

const identify = (protocol: AnyDeviceProtocol, model: number[]) => {
  const answer = (r: HardwareRequest) => (r.op === 'read' ? Uint8Array.from(model) : undefined);
  return driveScript(protocol.identify!({ ...context, endpoints: [...context.endpoints] }), answer);
};

const packets = (protocol: AnyDeviceProtocol, device: ProtocolDevice, outputs: FeatureOutput[]) => {
  const result = protocol.encodeOutputs(protocol.createState(device), outputs, device);
  if (!result.ok) throw new Error(result.reason);
  return result.writes.map((w) => [...w.data]);
};

const miniModel = (name: string) =>
  protocolDevice(
    hismithMiniProtocol,
    hismithMiniProtocol.config.configurations.find((m) => m.name === name)!,
  );

describe('Hismith identification', () => {
  it('reads the model bytes from rxblemodel and names the model in hex', () => {
    const { requests, result } = identify(hismithMiniProtocol, [0x40, 0x01]);
    expect(requests).toEqual([{ op: 'read', endpoint: 'rxblemodel', length: 128, timeoutMs: 500 }]);
    expect(result).toBe('4001');
  });

  it('keeps the first machines and hands every newer one to hismith-mini', () => {
    expect(identify(hismithProtocol, [0x20, 0x01]).result).toBe('2001');
    expect(identify(hismithProtocol, [0x10, 0x05]).result).toEqual({ protocol: 'hismith-mini', identifier: '1005' });
  });

  it('drives a handed-over machine with hismith-mini packets', () => {
    const mini = miniModel('Hismith Sex Machine');
    const handedOver = {
      ...mini,
      definition: { ...mini.definition, key: { ...mini.definition.key, protocol: 'hismith-mini' } },
    };
    const [thrust] = handedOver.definition.features;
    expect(packets(hismithProtocol, handedOver, [{ feature: thrust!, type: 'Oscillate', value: 50 }])).toEqual([
      [0xcc, 0x03, 50, 53],
    ]);
  });
});

describe('Hismith first machines', () => {
  it('switches a second-place vibrator off with 0xF0', () => {
    const cup = protocolDevice(
      hismithProtocol,
      hismithProtocol.config.configurations.find((m) => m.name === 'Hismith Thrusting Cup')!,
    );
    const [thrust, vibrator] = cup.definition.features;
    expect(
      packets(hismithProtocol, cup, [
        { feature: thrust!, type: 'Oscillate', value: 0 },
        { feature: vibrator!, type: 'Vibrate', value: 1 },
        { feature: vibrator!, type: 'Vibrate', value: 0 },
      ]),
    ).toEqual([
      [0xaa, 0x04, 0, 0x04],
      [0xaa, 0x06, 1, 0x07],
      [0xaa, 0x06, 0xf0, 0xf6],
    ]);
  });
});

describe('Hismith newer machines', () => {
  it('puts the first of two vibrators in slot 3 and the second in slot 5', () => {
    const rabbit = miniModel('Eropair Rabbit Vibrator');
    const [inner, outer] = rabbit.definition.features;
    expect(
      packets(hismithMiniProtocol, rabbit, [
        { feature: inner!, type: 'Vibrate', value: 10 },
        { feature: outer!, type: 'Vibrate', value: 20 },
      ]),
    ).toEqual([
      [0xcc, 0x03, 10, 13],
      [0xcc, 0x05, 20, 25],
    ]);
  });

  it('puts an air pump in second place in slot 5', () => {
    const cosima = miniModel('Sinloli Cosima');
    const [thrust, pump] = cosima.definition.features;
    expect(
      packets(hismithMiniProtocol, cosima, [
        { feature: thrust!, type: 'Oscillate', value: 1 },
        { feature: pump!, type: 'Constrict', value: 2 },
      ]),
    ).toEqual([
      [0xcc, 0x03, 1, 4],
      [0xcc, 0x05, 2, 7],
    ]);
  });

  it('sends a rotation as speed then direction', () => {
    const aston = miniModel('Sinloli Aston');
    const [rotor] = aston.definition.features;
    expect(packets(hismithMiniProtocol, aston, [{ feature: rotor!, type: 'Rotate', value: -100 }])).toEqual([
      [0xcc, 0x03, 100, 103],
      [0xcc, 0x01, 0xc1, 0xc2],
    ]);
  });

  it('sprays for a spray above 0 and sends nothing for 0 (so a stop does not spray)', () => {
    const piupiu = miniModel('Sinloli Piupiu');
    const [spray] = piupiu.definition.features;
    expect(packets(hismithMiniProtocol, piupiu, [{ feature: spray!, type: 'Spray', value: 1 }])).toEqual([
      [0xcc, 0x0b, 0x01, 0x0c],
    ]);
    expect(packets(hismithMiniProtocol, piupiu, [{ feature: spray!, type: 'Spray', value: 0 }])).toEqual([]);
  });
});
