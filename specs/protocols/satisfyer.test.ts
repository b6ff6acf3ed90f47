import { describe, expect, it } from 'vitest';
import { satisfyerModelCode, satisfyerProtocol } from '../../protocols/devices/satisfyer/satisfyerProtocol.js';
import { scanFor, startEngine, waitFor } from '../support/engine.js';
import { driveScript, protocolDevice } from '../support/protocolDevices.js';

const identifyWith = (manufacturerData?: { company: number; data?: number[] }[], readAnswer = [0, 0, 0x27, 0x51]) =>
  driveScript(
    satisfyerProtocol.identify!({
      hardwareName: 'SF Double Flex',
      address: 'test',
      endpoints: ['rxblemodel', 'command', 'tx'],
      ...(manufacturerData ? { manufacturerData } : {}),
    }),
    (request) => (request.op === 'read' ? Uint8Array.from(readAnswer) : undefined),
  );

describe('Satisfyer', () => {
  it('spells model codes as the decimal big-endian u32 of four bytes, and 0 for any other length', () => {
    expect(satisfyerModelCode([0x00, 0x00, 0x27, 0xb0])).toBe('10160');
    expect(satisfyerModelCode([0xff, 0xff, 0xff, 0xff])).toBe('4294967295');
    expect(satisfyerModelCode([0x00, 0x27, 0xb0])).toBe('0');
    expect(satisfyerModelCode([])).toBe('0');
  });

  it('reads the model code from rxblemodel when the advertisement carries none', () => {
    const { requests, result } = identifyWith(undefined);
    expect(requests).toEqual([{ op: 'read', endpoint: 'rxblemodel', length: 128, timeoutMs: 500 }]);
    expect(result).toBe('10065');
  });

  it('takes the model code from the advertised manufacturer data without reading', () => {
    const { requests, result } = identifyWith([{ company: 93 }, { company: 93, data: [0x00, 0x00, 0x27, 0xb0] }]);
    expect(requests).toEqual([]);
    expect(result).toBe('10160');
  });

  it('sends every motor level four times in one packet', () => {
    const model = satisfyerProtocol.config.configurations.find((m) => m.name === 'Satisfyer Double Desire')!;
    const device = protocolDevice(satisfyerProtocol, model);
    const [first, second] = device.definition.features;
    const state = satisfyerProtocol.createState(device);
    expect(state.levels).toEqual([0, 0]);
    const result = satisfyerProtocol.encodeOutputs(
      state,
      [
        { feature: second!, type: 'Vibrate', value: 25 },
        { feature: first!, type: 'Vibrate', value: 50 },
      ],
      device,
    );
    expect(result.ok && result.writes.map((w) => [w.endpoint, [...w.data], w.withResponse])).toEqual([
      ['tx', [50, 50, 50, 50, 25, 25, 25, 25], false],
    ]);
  });

  it('is identified by its advertisement end to end, then stopped at once (the packet its keepalive repeats)', async () => {
    const engine = startEngine({
      dcm: {
        devices: [
          { name: 'SF Whatever', address: 'SF1', manufacturerData: [{ company: 93, data: [0x00, 0x00, 0x27, 0xb0] }] },
        ],
      },
    });
    const client = await engine.connectClient();
    const [toy] = await scanFor(client);
    expect(toy!.name).toBe('Satisfyer Double Desire');
    const hardware = engine.dcm.hardware('SF1')!;
    await waitFor(() => hardware.writes.some((w) => w.endpoint === 'tx'), 1_000, 'the stop packet');
    expect(hardware.writes.map((w) => [w.endpoint, [...w.data]])).toEqual([
      ['command', [0x01]],
      ['tx', [0, 0, 0, 0, 0, 0, 0, 0]],
    ]);
  });
});
