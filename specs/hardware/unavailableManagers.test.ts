import { describe, expect, it } from 'vitest';
import { BluetoothLeDcm } from '../../hardware/bluetoothLe/bluetoothLeDcm.js';
import { FakeBleAdapter } from '../../hardware/bluetoothLe/testing/fakeBleAdapter.js';
import type { DeviceCommunicationManager } from '../../hardware/deviceCommunicationManager.js';
import { HidDcm } from '../../hardware/hid/hidDcm.js';
import { FakeHidLibrary } from '../../hardware/hid/testing/fakeHid.js';
import { LovenseDongleDcm } from '../../hardware/lovenseDongle/lovenseDongleDcm.js';
import { SimulatedDcm } from '../../hardware/simulated/simulatedDcm.js';
import { scanFor, serveWith, waitFor } from '../support/engine.js';
import { recordingLogger } from '../support/recordingLogger.js';

const serve = async (managers: DeviceCommunicationManager[]) => {
  const logger = recordingLogger();
  const simulated = new SimulatedDcm({ devices: [{ name: 'LVS-Edge', address: 'EDGE' }] });
  const { client } = await serveWith({ deviceCommunicationManagers: [...managers, simulated], logger });
  return { logger, client, simulated };
};

const warningsFor = (logger: ReturnType<typeof recordingLogger>, dcm: string) =>
  logger.find('warn', 'is not available').filter((entry) => entry.fields.dcm === `dcm:${dcm}`);

describe('managers whose subsystem is missing', () => {
  it('each log one clear warning, and the engine goes on serving clients with the others', async () => {
    const libusbMissing = 'libusb-1.0.so.0: cannot open shared object file: No such file or directory';
    const { logger, client } = await serve([
      new BluetoothLeDcm({ bindings: new FakeBleAdapter({ state: 'unsupported' }) }),
      new HidDcm({ hid: new FakeHidLibrary({ loadError: libusbMissing }) }),
      new LovenseDongleDcm({ hid: new FakeHidLibrary({ loadError: libusbMissing }) }),
    ]);
    await waitFor(() => logger.find('warn', 'is not available').length === 3, 1_000, 'three warnings');

    const [edge] = await scanFor(client);
    await edge!.vibrate(0.5);
    await client.stopScanning();
    expect(warningsFor(logger, 'bluetooth-le').map((e) => e.fields.reason)).toEqual([
      'Bluetooth LE is not available: no Bluetooth LE adapter was found.',
    ]);
    expect(warningsFor(logger, 'hid').map((e) => e.fields.reason)).toEqual([
      `HID is not available: the node-hid native library could not be loaded (${libusbMissing}).`,
    ]);
    expect(warningsFor(logger, 'lovense-dongle-hid').map((e) => e.message)).toEqual([
      `The Lovense USB dongle is not available: the node-hid native library could not be loaded (${libusbMissing}).`,
    ]);
    // Scanning again does not repeat them.
    await client.startScanning();
    await client.stopScanning();
    expect(logger.find('warn', 'is not available')).toHaveLength(3);
  });

  it('with the real libraries on this machine, each manager starts or warns once in one sentence', async () => {
    const managers = [new BluetoothLeDcm({ adapterTimeoutMs: 1_000 }), new HidDcm(), new LovenseDongleDcm()];
    const { logger, client } = await serve(managers);
    // Whatever this machine has, every manager has made up its mind within the adapter timeout.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    for (const manager of managers) {
      const warnings = warningsFor(logger, manager.name);
      expect(warnings.length).toBeLessThanOrEqual(1);
      // One sentence, and it is the whole warning.
      for (const warning of warnings) expect(warning.message).toMatch(/^[A-Z][^\n]+ is not available: [^\n]+\.$/);
    }
    const [edge] = await scanFor(client);
    await edge!.vibrate(1);
  });
});
