/**
 * The user's device settings, end to end: a user config file loaded as the command line does, an
 * engine with simulated devices at fixed addresses, and a client that sees (and cannot get around)
 * what the user decided.
 */
import { describe, expect, it } from 'vitest';
import { loadDeviceConfiguration } from '../../actors/engine/configFiles.js';
import { ButtplugDeviceError } from '../../actors/client/clientErrors.js';
import type { DcmEvents, DeviceCommunicationManager } from '../../hardware/deviceCommunicationManager.js';
import type { DiscoveredDevice } from '../../hardware/hardware.js';
import { lovenseSimulator } from '../../hardware/simulated/deviceSimulators.js';
import { SimulatedHardware } from '../../hardware/simulated/simulatedHardware.js';
import type { CommunicationSpecifier, DiscoveryInfo } from '../../protocols/config/deviceDefinitions.js';
import { ascii } from '../../protocols/devices/shared/hardwareRequests.js';
import { encoded, type AnyDeviceProtocol } from '../../protocols/devices/shared/deviceProtocol.js';
import { builtinProtocols } from '../../protocols/devices/index.js';
import { tcodeV03Devices } from '../../protocols/devices/tcodeV03/tcodeV03Devices.js';
import { scanFor, startEngine } from '../support/engine.js';

const fixture = (name: string) => new URL(`../config/fixtures/${name}`, import.meta.url).pathname;
const conformanceConfig = (name: string) =>
  new URL(`../conformance/upstream/cases/config/${name}`, import.meta.url).pathname;

/** Stand-in for the TCode protocol (not this suite's subject): writes `<type>:<value>` per output. */
const textTcode: AnyDeviceProtocol = {
  name: 'tcode-v03',
  config: tcodeV03Devices,
  createState: () => ({}),
  encodeOutputs: (state, outputs) =>
    encoded(
      state,
      outputs.map((o) => ({ op: 'write', endpoint: 'tx', data: ascii(`${o.type}:${o.value}`), withResponse: false })),
    ),
};

describe('user device settings', () => {
  it('shows the display name and the reserved index of the conformance user config (Lovense Sex Machine)', async () => {
    const deviceConfig = await loadDeviceConfiguration({
      userConfigFile: conformanceConfig('lovense_ridge_user_config.json'),
    });
    const engine = startEngine({
      dcm: {
        devices: [
          { name: 'LVS-Other', address: 'OTHER' },
          { name: 'LVS-SexMachine', address: 'UserConfigTest' },
        ],
      },
      server: { deviceConfig },
    });
    const client = await engine.connectClient();
    const devices = await scanFor(client, 2);
    const machine = devices.find((d) => d.name === 'Lovense Sex Machine')!;
    expect(machine.index).toBe(0);
    expect(machine.displayName).toBe('Lovense Name Test');
    expect(machine.featuresWith('Oscillate').map((f) => f.outputs.get('Oscillate')!.value)).toEqual([[0, 20]]);
    // Index 0 is reserved for the Sex Machine, so the other device gets the next one, whatever connects first.
    expect(devices.find((d) => d !== machine)!.index).toBe(1);
  });

  it('narrows ranges, reserves indexes, names devices, overrides the message gap, hides disabled outputs and denies addresses', async () => {
    const deviceConfig = await loadDeviceConfiguration({ userConfigFile: fixture('user-settings.json') });
    const engine = startEngine({
      dcm: {
        devices: [
          { name: 'LVS-Lush', address: 'LUSH-LIMITED' },
          { name: 'LVS-Edge', address: 'EDGE-DISABLED' },
          { name: 'LVS-Lush', address: 'DENIED' },
          { name: 'LVS-Lush', address: 'UNCONFIGURED' },
        ],
      },
      server: { deviceConfig },
    });
    const client = await engine.connectClient();
    const devices = await scanFor(client, 3);
    expect(devices.map((d) => d.index)).toEqual([0, 4, 7]);
    expect(engine.dcm.hardware('DENIED')).toBeUndefined();

    const [unconfigured, lush, edge] = devices as [(typeof devices)[0], (typeof devices)[0], (typeof devices)[0]];
    expect(unconfigured.displayName).toBeUndefined();
    expect(unconfigured.featuresWith('Vibrate')[0]!.outputs.get('Vibrate')!.value).toEqual([0, 20]);

    // Lush: hardware range [5, 15] -> the client sees 10 steps; step v reaches the hardware as 5 + v.
    expect(lush.name).toBe('Lovense Lush');
    expect(lush.displayName).toBe('Bedside');
    expect(lush.messageTimingGap).toBe(75);
    expect(lush.featuresWith('Vibrate')[0]!.outputs.get('Vibrate')!.value).toEqual([0, 10]);
    const lushHardware = engine.dcm.hardware('LUSH-LIMITED')!;
    await lush.vibrate({ steps: 3 });
    await lush.vibrate({ steps: 10 });
    await lush.vibrate({ steps: 0 });
    await expect(lush.sendOutputs([{ featureIndex: 0, command: { Vibrate: { Value: 11 } } }])).rejects.toMatchObject({
      code: 4,
    });
    expect(lushHardware.writtenText.slice(1)).toEqual(['Vibrate:8;', 'Vibrate:15;', 'Vibrate:0;']);

    // Edge: the first motor is disabled, so it is not listed and commands to it are refused.
    expect(edge.name).toBe('Lovense Edge');
    expect(edge.featuresWith('Vibrate').map((f) => f.index)).toEqual([1]);
    expect(edge.features.map((f) => f.index)).toEqual([1, 2]);
    const refused = edge.sendOutputs([{ featureIndex: 0, command: { Vibrate: { Value: 5 } } }]);
    await expect(refused).rejects.toBeInstanceOf(ButtplugDeviceError);
    await expect(refused).rejects.toMatchObject({ code: 4 });
    await edge.vibrate({ steps: 20 });
    await edge.stop();
    expect(engine.dcm.hardware('EDGE-DISABLED')!.writtenText.slice(1)).toEqual(['Vibrate2:20;', 'Vibrate2:0;']);
  });

  it('waits the user message gap between writes', async () => {
    const deviceConfig = await loadDeviceConfiguration({ userConfigFile: fixture('user-settings.json') });
    const writeTimes: number[] = [];
    const lovense = lovenseSimulator('LVS-Lush');
    const engine = startEngine({
      dcm: {
        devices: [
          {
            name: 'LVS-Lush',
            address: 'LUSH-LIMITED',
            simulator: (write, device) => {
              writeTimes.push(performance.now());
              lovense(write, device);
            },
          },
        ],
      },
      server: { deviceConfig },
    });
    const client = await engine.connectClient();
    const [lush] = await scanFor(client);
    const commandsFrom = writeTimes.length;
    await lush!.vibrate({ steps: 1 });
    await lush!.vibrate({ steps: 2 });
    const [first, second] = writeTimes.slice(commandsFrom);
    expect(second! - first!).toBeGreaterThanOrEqual(70);
  });

  it('connects only allowed addresses once any device is allowed', async () => {
    const deviceConfig = await loadDeviceConfiguration({ userConfigFile: fixture('user-allow-list.json') });
    const engine = startEngine({
      dcm: {
        devices: [
          { name: 'LVS-Lush', address: 'STRANGER' },
          { name: 'LVS-Lush', address: 'ALLOWED' },
        ],
      },
      server: { deviceConfig },
    });
    const client = await engine.connectClient();
    await scanFor(client, 1);
    await client.startScanning();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(client.devices.map((d) => d.index)).toEqual([0]);
    expect(engine.dcm.hardware('ALLOWED')).toBeDefined();
    expect(engine.dcm.hardware('STRANGER')).toBeUndefined();
  });

  it('hides a disabled output of a user-declared model and refuses commands for it (TCode conformance config)', async () => {
    const protocols = [...builtinProtocols, textTcode];
    const deviceConfig = await loadDeviceConfiguration({
      userConfigFile: conformanceConfig('tcode_disabled_hw_position_user_config.json'),
      protocols,
    });
    const engine = startEngine({
      dcm: { devices: [{ name: 'tcode-v03-disabled-test', address: 'tcode-disabled-test-addr' }] },
      server: { deviceConfig, protocols },
    });
    const client = await engine.connectClient();
    const [stroker] = await scanFor(client);
    expect(stroker!.name).toBe('TCode v0.3 (Disabled HW Position Test)');
    expect([...stroker!.features[0]!.outputs.keys()]).toEqual(['Position']);
    await expect(
      stroker!.sendOutputs([{ featureIndex: 0, command: { HwPositionWithDuration: { Value: 500, Duration: 100 } } }]),
    ).rejects.toMatchObject({ code: 4 });
    await stroker!.position({ steps: 250 });
    expect(engine.dcm.hardware('tcode-disabled-test-addr')!.writtenText).toEqual(['Position:250']);
  });

  it('keeps positions inside the user stroke window, reversed, with the user duration limit', async () => {
    const protocols = [...builtinProtocols, textTcode];
    const deviceConfig = await loadDeviceConfiguration({
      userConfigFile: fixture('user-tcode-stroker.json'),
      protocols,
    });
    const engine = startEngine({
      dcm: { devices: [{ name: 'TCODE-SIM', address: 'STROKER' }] },
      server: { deviceConfig, protocols },
    });
    const client = await engine.connectClient();
    const [stroker] = await scanFor(client);
    const outputs = stroker!.features[0]!.outputs;
    expect(outputs.get('Position')).toEqual({ value: [0, 800] });
    expect(outputs.get('HwPositionWithDuration')).toEqual({ value: [0, 800], duration: [0, 5000] });
    await stroker!.position({ steps: 0 });
    await stroker!.position({ steps: 800 });
    await stroker!.positionWithDuration({ steps: 200 }, 1000);
    await expect(
      stroker!.sendOutputs([{ featureIndex: 0, command: { HwPositionWithDuration: { Value: 200, Duration: 6000 } } }]),
    ).rejects.toMatchObject({ code: 4 });
    expect(engine.dcm.hardware('STROKER')!.writtenText).toEqual([
      'Position:900',
      'Position:100',
      'HwPositionWithDuration:700',
    ]);
  });
});

/** Reports fixed discoveries of any transport and records how the engine asked to connect. */
class FixedDiscoveryDcm implements DeviceCommunicationManager {
  readonly name = 'fixed';
  readonly connections: { info: DiscoveryInfo; specifier: CommunicationSpecifier; hardware: SimulatedHardware }[] = [];
  private events: DcmEvents | undefined;

  constructor(private readonly found: readonly DiscoveryInfo[]) {}

  async start(events: DcmEvents): Promise<void> {
    this.events = events;
  }

  async startScanning(): Promise<void> {
    setTimeout(() => {
      for (const info of this.found) this.events?.deviceFound(this.discovered(info));
      this.events?.scanningFinished();
    }, 0);
  }

  async stopScanning(): Promise<void> {}

  async stop(): Promise<void> {
    for (const { hardware } of this.connections) hardware.drop('stopped');
  }

  private discovered(info: DiscoveryInfo): DiscoveredDevice {
    return {
      info,
      connect: async (specifier) => {
        const hardware = new SimulatedHardware({
          name: info.name,
          address: info.address,
          endpoints: ['rx', 'tx'],
          simulator: lovenseSimulator('LVS-Lush'),
        });
        this.connections.push({ info, specifier, hardware });
        return hardware;
      },
    };
  }
}

describe('user communication specifiers', () => {
  it('finds a WebSocket device by the name the user declared, and a serial device on the user port', async () => {
    const protocols = [...builtinProtocols, textTcode];
    const deviceConfig = await loadDeviceConfiguration({
      userConfigFile: fixture('user-communication.json'),
      protocols,
    });
    const dcm = new FixedDiscoveryDcm([
      { transport: 'websocket', name: 'LVSDevice', address: 'ws-1', identifier: 'LVSDevice' },
      { transport: 'websocket', name: 'Stranger', address: 'ws-2', identifier: 'Stranger' },
      { transport: 'serial', name: 'ttyUSB7', address: '/dev/ttyUSB7', port: '/dev/ttyUSB7' },
      { transport: 'serial', name: 'ttyUSB8', address: '/dev/ttyUSB8', port: '/dev/ttyUSB8' },
    ]);
    const engine = startEngine({ server: { deviceConfig, protocols, deviceCommunicationManagers: [dcm] } });
    const client = await engine.connectClient();
    const devices = await scanFor(client, 2);
    expect(devices.map((d) => d.name).sort()).toEqual(['Lovense Lush', 'TCode v0.3 (Single Linear Axis)']);
    expect(dcm.connections.map((c) => c.info.address).sort()).toEqual(['/dev/ttyUSB7', 'ws-1']);
    const serial = dcm.connections.find((c) => c.info.transport === 'serial')!;
    expect(serial.specifier).toEqual({
      transport: 'serial',
      port: '/dev/ttyUSB7',
      baudRate: 9600,
      dataBits: 8,
      stopBits: 1,
      parity: 'N',
    });
  });
});
