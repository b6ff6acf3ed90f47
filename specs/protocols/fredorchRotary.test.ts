import { describe, expect, it } from 'vitest';
import { fredorchRotaryProtocol } from '../../protocols/devices/fredorch/fredorchRotaryProtocol.js';
import { driveScript, protocolDevice, writtenBytes } from '../support/protocolDevices.js';

describe('Fredorch rotary', () => {
  const device = protocolDevice(fredorchRotaryProtocol, fredorchRotaryProtocol.config.defaults);
  const feature = device.definition.features[0]!;
  const oscillate = (value: number) => ({ feature, type: 'Oscillate' as const, value });
  const frame = (cmd: number) => [0x55, 0x03, cmd, cmd + 3, 0xaa];

  it('powers the machine up, waiting briefly for each answer', () => {
    const { requests } = driveScript(fredorchRotaryProtocol.initialize!(device, { speed: 0 }));
    expect(writtenBytes(requests)).toEqual([
      [0x55, 0x03, 0x99, 0x9c, 0xaa],
      [0x55, 0x09, 0x21, 0, 0, 0, 0, 0, 0, 0x2a, 0xaa],
      [0x55, 0x03, 0x1f, 0x22, 0xaa],
      [0x55, 0x03, 0x24, 0x27, 0xaa],
    ]);
    expect(requests.filter((r) => r.op === 'notification')).toHaveLength(4);
  });

  it('steps the speed one level per frame, and stops in one', () => {
    const up = fredorchRotaryProtocol.encodeOutputs({ speed: 1 }, [oscillate(4)], device);
    expect(up.ok && up.writes.map((w) => [...w.data])).toEqual([frame(1), frame(1), frame(1)]);
    const down = fredorchRotaryProtocol.encodeOutputs({ speed: 4 }, [oscillate(2)], device);
    expect(down.ok && down.writes.map((w) => [...w.data])).toEqual([frame(2), frame(2)]);
    const stop = fredorchRotaryProtocol.encodeOutputs({ speed: 4 }, [oscillate(0)], device);
    expect(stop.ok && [stop.writes.map((w) => [...w.data]), stop.state]).toEqual([[frame(0x24)], { speed: 0 }]);
  });
});
