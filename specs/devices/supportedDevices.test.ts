import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ProtocolConfig } from '../../protocols/config/deviceDefinitions.js';
import { defineDevices } from '../../protocols/config/deviceData.js';
import type { AnyDeviceProtocol } from '../../protocols/devices/shared/deviceProtocol.js';
import { builtinProtocols } from '../../protocols/devices/index.js';
import { supportedDevicesMarkdown, withSupportedDevices } from '../../protocols/devices/supportedDevices.js';

const implementation = (config: ProtocolConfig): AnyDeviceProtocol => ({
  name: config.name,
  config,
  createState: () => ({}),
  encodeOutputs: () => ({ ok: false, reason: 'test' }),
});

describe("README's list of supported devices", () => {
  it('is what the protocol modules say (run `npm run readme:devices` after changing them)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(withSupportedDevices(readme, builtinProtocols)).toBe(readme);
  });

  it('lists protocols by name with their transports and model names, sorted, escaped and counted like PROTOCOLS.md', () => {
    const defaults = { id: '00000000-0000-4000-8000-000000000000', features: [] };
    const markdown = supportedDevicesMarkdown([
      implementation(
        defineDevices({
          name: 'zeta',
          communication: [
            { transport: 'btle', names: ['Z'], services: {} },
            { transport: 'btle', names: ['Y'], services: {} },
            { transport: 'serial', port: 'default', baudRate: 9600, dataBits: 8, stopBits: 1, parity: 'N' },
          ],
          defaults: { ...defaults, name: 'Zeta Device' },
          configurations: [
            { id: '1', name: 'Zeta | Pro*', identifiers: ['P'] },
            { id: '2', name: 'Zeta Air', identifiers: ['A'] },
            { id: '3', name: 'Zeta Air', identifiers: ['B'] },
          ],
        }),
      ),
      implementation(
        defineDevices({
          name: 'alpha',
          communication: [{ transport: 'xinput' }],
          defaults: { ...defaults, name: 'Alpha Pad' },
        }),
      ),
    ]);
    expect(markdown).toBe(
      [
        '2 protocols, 4 device models.',
        '',
        '| Protocol | Connects over | Models |',
        '|---|---|---|',
        '| `alpha` | XInput | Alpha Pad |',
        '| `zeta` | Bluetooth LE, serial port | Zeta Air, Zeta \\| Pro\\* |',
      ].join('\n'),
    );
  });

  it('needs its markers in the README', () => {
    expect(() => withSupportedDevices('# no markers', builtinProtocols)).toThrow(/supported-devices:start/);
  });
});
