/** A device manager stopped while it is still starting is stopped once its start is over, so nothing it opened stays open. */
import { describe, expect, it } from 'vitest';
import { ButtplugServer } from '../../actors/engine/buttplugServer.js';
import type { DeviceCommunicationManager } from '../../hardware/deviceCommunicationManager.js';
import { WebsocketDeviceDcm } from '../../hardware/websocketDevices/websocketDeviceDcm.js';
import { waitFor } from '../support/engine.js';

describe('an engine shut down while its managers start', () => {
  it('stops each manager after its start has finished, never before', async () => {
    const calls: string[] = [];
    const slow: DeviceCommunicationManager = {
      name: 'slow',
      start: async () => {
        calls.push('start');
        await new Promise((resolve) => setTimeout(resolve, 50));
        calls.push('started');
      },
      startScanning: async () => {},
      stopScanning: async () => {},
      stop: async () => {
        calls.push('stop');
      },
    };
    const server = new ButtplugServer({ deviceCommunicationManagers: [slow] });
    await server.shutdown();
    await waitFor(() => calls.includes('stop'), 2_000, 'the manager to stop');
    expect(calls).toEqual(['start', 'started', 'stop']);
  });

  it('the device WebSocket server is not left listening', async () => {
    const devices = new WebsocketDeviceDcm({ port: 0, deviceNames: () => [] });
    const server = new ButtplugServer({ deviceCommunicationManagers: [devices] });
    await server.shutdown();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(devices.port).toBeUndefined();
  });
});
