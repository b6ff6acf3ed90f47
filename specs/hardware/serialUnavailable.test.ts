/** When serialport's native binding cannot load, serial support says so once and the engine works on. */
import { describe, expect, it, vi } from 'vitest';
import { SerialDcm } from '../../hardware/serial/serialDcm.js';
import { loadSerialPortLibrary } from '../../hardware/serial/serialPortLibrary.js';
import { startEngine, waitFor } from '../support/engine.js';
import { recordingLogger } from '../support/recordingLogger.js';

// As node-gyp-build fails on a machine without a prebuilt binary for its platform (vitest wraps the message).
vi.mock('serialport', () => {
  throw new Error('No native build was found for platform=plan9 arch=mips');
});

describe('serial support without its native binding', () => {
  it('loading the library rejects with one sentence naming the cause', async () => {
    await expect(loadSerialPortLibrary()).rejects.toThrow(
      /^Serial port support is not available: the serialport native binding could not be loaded \(.+\)\.$/,
    );
  });

  it('the serial manager is unavailable with one warning, and clients are served', async () => {
    const logger = recordingLogger();
    const serial = new SerialDcm({ specifiers: () => [] });
    const engine = startEngine({ server: { deviceCommunicationManagers: [serial], logger } });
    const client = await engine.connectClient();
    await client.startScanning();
    await waitFor(() => logger.find('warn', '').length > 0);
    const warnings = logger.find('warn', '');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(
      /Serial port support is not available: the serialport native binding could not be loaded \(.+\)\.$/,
    );
    await client.requestDeviceList();
    expect(client.connected).toBe(true);
  });
});
