/**
 * Hardware that chooses its own definition (device config v5: an SDL pad reports its layout): the
 * model it names, announced by the hardware's own name, one identity across layouts, and a choice
 * that survives a config reload.
 */
import { describe, expect, it } from 'vitest';
import { planReload } from '../../machines/configReload.js';
import {
  createDeviceConfig,
  resolveDevice,
  type DeviceConfig,
  type UserDeviceSettings,
} from '../../protocols/config/deviceConfig.js';
import { deviceKeyString, type DeviceKey } from '../../protocols/config/deviceDefinitions.js';
import { sdlGamepadDevices } from '../../protocols/devices/sdlGamepad/sdlGamepadDevices.js';

const key: DeviceKey = { protocol: 'sdl-gamepad', identifier: 'Couch Pad', address: 'sdl-gamepad-7' };
const bothLayout = { selector: '__sdl-rumble-and-triggers', hardwareName: 'Couch Pad' };
const triggersLayout = { selector: '__sdl-triggers-only', hardwareName: 'Couch Pad' };
const rumbleLayout = { hardwareName: 'Couch Pad' };

const LOW = 'f56852c8-cb3b-4703-90b6-6291df0c6314';
const HIGH = 'e13388f9-a1b6-4c4c-a7b4-c68eeed293d8';
const LEFT_TRIGGER = 'a1b2c3d4-1111-4e5f-8a6b-9c0d1e2f3a4b';

const highDisabled: UserDeviceSettings = {
  key,
  id: 'c0ffee00-0000-4000-8000-000000000001',
  baseId: sdlGamepadDevices.defaults.id,
  allow: false,
  deny: false,
  index: 3,
  displayName: 'Living room',
  features: [{ baseId: HIGH, output: { Vibrate: { disabled: true } } }],
};

const outputs = (config: DeviceConfig, selection = bothLayout) =>
  resolveDevice(config, key, selection)!.device.features.flatMap((f) =>
    f.outputs.map((o) => `${f.description}${o.disabled ? ' (disabled)' : ''}`),
  );

describe('a definition the hardware selects', () => {
  it("is the configuration listing the selector, announced by the hardware's name", () => {
    const { device } = resolveDevice(createDeviceConfig([sdlGamepadDevices]), key, bothLayout)!;
    expect(device.name).toBe('Couch Pad');
    expect(device.protocolVariant).toBe('sdl-rumble-and-triggers');
    expect(device.features.map((f) => f.description)).toEqual([
      'Low-frequency rumble',
      'High-frequency rumble',
      'Left-trigger rumble',
      'Right-trigger rumble',
      'Battery level',
    ]);
    const triggers = resolveDevice(createDeviceConfig([sdlGamepadDevices]), key, triggersLayout)!.device;
    expect([triggers.protocolVariant, triggers.features.length]).toEqual(['sdl-triggers-only', 3]);
  });

  it("is the protocol's defaults when no selector is reported, still under the hardware's name", () => {
    const { device } = resolveDevice(createDeviceConfig([sdlGamepadDevices]), key, rumbleLayout)!;
    expect([device.name, device.protocolVariant, device.features.length]).toEqual(['Couch Pad', undefined, 3]);
  });

  it('is no definition at all for a selector the protocol does not list', () => {
    const config = createDeviceConfig([sdlGamepadDevices]);
    expect(resolveDevice(config, key, { selector: '__sdl-gyro', hardwareName: 'Pad' })).toBeUndefined();
  });

  it("leaves devices that choose nothing as they were: the model's name", () => {
    const { device } = resolveDevice(createDeviceConfig([sdlGamepadDevices]), key)!;
    expect([device.name, device.features.length]).toEqual(['SDL Gamepad', 3]);
  });

  it('keeps one identity across layouts, and the settings of the channels the layouts share', () => {
    const config = createDeviceConfig([sdlGamepadDevices], { devices: [highDisabled] });
    const both = resolveDevice(config, key, bothLayout)!;
    expect(both.device.index).toBe(3);
    expect(both.device.displayName).toBe('Living room');
    expect(outputs(both.config)).toContain('High-frequency rumble (disabled)');
    const remembered = both.config.devices.get(deviceKeyString(key))!;
    expect([remembered.id, remembered.baseId]).toEqual([highDisabled.id, 'c1d2e3f4-3333-4a7b-8c9d-1e2f3a4b5c6d']);

    // Triggers only: the rumble channels' settings have nothing to apply to, and are not kept.
    const triggers = resolveDevice(both.config, key, triggersLayout)!;
    expect(triggers.device.index).toBe(3);
    expect(triggers.config.devices.get(deviceKeyString(key))!.features).toEqual([]);
    expect(outputs(triggers.config)).toEqual([
      'Low-frequency rumble',
      'High-frequency rumble',
      'Left-trigger rumble',
      'Right-trigger rumble',
    ]);
  });

  it('changes the configuration only when the choice changes', () => {
    const first = resolveDevice(createDeviceConfig([sdlGamepadDevices]), key, bothLayout)!;
    const again = resolveDevice(first.config, key, { ...bothLayout });
    expect(again!.config).toBe(first.config);
    expect(resolveDevice(first.config, key, triggersLayout)!.config).not.toBe(first.config);
  });

  it('is remembered: resolving the key alone (a config reload) finds the same device', () => {
    const { config, device } = resolveDevice(createDeviceConfig([sdlGamepadDevices]), key, triggersLayout)!;
    expect(resolveDevice(config, key)!.device).toEqual(device);
  });

  it('survives a reload of the user file, which knows nothing of it; a changed setting still applies', () => {
    const connected = resolveDevice(
      createDeviceConfig([sdlGamepadDevices], { devices: [highDisabled] }),
      key,
      bothLayout,
    )!;
    const unchanged = planReload(
      connected.config,
      createDeviceConfig([sdlGamepadDevices], { devices: [highDisabled] }),
      [{ deviceId: 'pad', index: 3, address: key.address }],
      new Map(),
    );
    expect(unchanged.redefine).toEqual([]);

    const leftDisabled: UserDeviceSettings = {
      ...highDisabled,
      baseId: 'c1d2e3f4-3333-4a7b-8c9d-1e2f3a4b5c6d',
      features: [{ baseId: LOW }, { baseId: HIGH }, { baseId: LEFT_TRIGGER, output: { Vibrate: { disabled: true } } }],
    };
    const changed = planReload(
      connected.config,
      createDeviceConfig([sdlGamepadDevices], { devices: [leftDisabled] }),
      [{ deviceId: 'pad', index: 3, address: key.address }],
      new Map(),
    );
    expect(changed.redefine).toHaveLength(1);
    const definition = changed.redefine[0]!.definition;
    expect(definition.name).toBe('Couch Pad');
    expect(definition.features.filter((f) => f.outputs.some((o) => o.disabled)).map((f) => f.description)).toEqual([
      'Left-trigger rumble',
    ]);
  });
});
