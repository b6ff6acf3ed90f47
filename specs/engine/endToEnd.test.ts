import { describe, expect, it } from 'vitest';
import { scanFor, startEngine, waitFor } from '../support/engine.js';

describe('an embedded engine with a simulated Lovense Edge', () => {
  it('finds the device, vibrates it, reads its battery and stops it', async () => {
    const engine = startEngine({ dcm: { devices: [{ name: 'LVS-Edge', address: 'EDGE' }] } });
    const client = await engine.connectClient();
    const [edge] = await scanFor(client);
    expect(edge!.name).toBe('Lovense Edge');
    expect(edge!.featuresWith('Vibrate').map((f) => f.index)).toEqual([0, 1]);

    await edge!.vibrate(0.5);
    await edge!.vibrate([0.5, 1]);
    expect(await edge!.battery()).toBeCloseTo(0.87);
    await edge!.stop();

    const hardware = engine.dcm.hardware('EDGE')!;
    expect(hardware.writtenText).toEqual([
      'DeviceType;',
      'Vibrate1:10;',
      'Vibrate2:10;',
      'Vibrate2:20;',
      'Battery;',
      'Vibrate1:0;',
      'Vibrate2:0;',
    ]);
  });

  it('stops every device when the client goes away', async () => {
    const engine = startEngine({ dcm: { devices: [{ name: 'LVS-Edge', address: 'EDGE' }] } });
    const client = await engine.connectClient();
    const [edge] = await scanFor(client);
    await edge!.vibrate(1);
    await client.disconnect();
    const hardware = engine.dcm.hardware('EDGE')!;
    await waitFor(() => hardware.writtenText.includes('Vibrate2:0;'), 1_000, 'stop after disconnect');
    expect(hardware.writtenText.slice(-2)).toEqual(['Vibrate1:0;', 'Vibrate2:0;']);
  });
});
