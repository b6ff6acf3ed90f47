import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SimulatedHardware } from '../../hardware/simulated/simulatedHardware.js';
import { SIMULATED_COMMANDS_KEPT, simulatedDcm } from '../../actors/cli/simulatedDevices.js';
import { ButtplugServer } from '../../actors/engine/buttplugServer.js';
import { silentLogger } from '../../protocols/core/logger.js';
import { onCleanup, scanFor } from '../support/engine.js';
import { ButtplugClient } from '../../actors/client/buttplugClient.js';
import { EmbeddedConnector } from '../../transports/embeddedConnector.js';

const device = (keepCommands?: number) =>
  new SimulatedHardware({
    name: 'LVS-Edge',
    address: 'A',
    endpoints: ['tx', 'rx'],
    ...(keepCommands !== undefined ? { keepCommands } : {}),
  });

const valueOf = (record: SimulatedHardware['commands'][number]): number =>
  record.type === 'write' ? record.data[0]! : -1;

describe("a simulated device's command log", () => {
  it('keeps the latest `keepCommands` commands (fewer than twice that), with their times; unread ones come out in write order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 20 }),
        fc.array(fc.boolean(), { maxLength: 200 }),
        async (keep, takes) => {
          const hardware = device(keep);
          let written = 0;
          const taken: number[] = [];
          for (const take of takes) {
            if (take && hardware.pendingCommands.length > 0) taken.push(valueOf(await hardware.nextCommand(10)));
            // Each write carries its own sequence number (under 256), so order is checkable.
            else await hardware.write('tx', Uint8Array.of(written++), false);
          }
          const kept = hardware.commands.map(valueOf);
          expect(kept.length).toBeLessThan(2 * keep);
          expect(kept.length).toBeGreaterThanOrEqual(Math.min(written, keep));
          expect(kept).toEqual([...Array(kept.length).keys()].map((i) => written - kept.length + i));
          expect(hardware.commandTimes).toHaveLength(kept.length);
          const pending = hardware.pendingCommands.map(valueOf);
          expect(pending).toEqual(kept.slice(kept.length - pending.length));
          // Taken and still pending: each command at most once, in write order.
          const handedOut = [...taken, ...pending];
          expect(handedOut).toEqual([...handedOut].sort((a, b) => a - b));
          expect(new Set(handedOut).size).toBe(handedOut.length);
        },
      ),
    );
  });

  it('keeps every command when no limit is set (what tests read)', async () => {
    const hardware = device();
    for (let i = 0; i < 5_000; i++) await hardware.write('tx', Uint8Array.of(i & 0xff), false);
    expect(hardware.commands).toHaveLength(5_000);
  });

  it("the CLI's simulated devices keep only their latest commands, so `npm start` left running does not grow", async () => {
    const dcm = simulatedDcm(['LVS-Edge'], silentLogger);
    const connected: SimulatedHardware[] = [];
    dcm.onConnect((hardware) => connected.push(hardware));
    const server = new ButtplugServer({ deviceCommunicationManagers: [dcm], logger: silentLogger });
    onCleanup(() => server.shutdown());
    const client = new ButtplugClient('log test');
    await client.connect(new EmbeddedConnector(server));
    onCleanup(() => client.disconnect());
    await scanFor(client);
    const [hardware] = connected;
    for (let i = 0; i < 3 * SIMULATED_COMMANDS_KEPT; i++) await hardware!.write('tx', Uint8Array.of(i & 0xff), false);
    expect(hardware!.commands.length).toBeGreaterThanOrEqual(SIMULATED_COMMANDS_KEPT);
    expect(hardware!.commands.length).toBeLessThan(2 * SIMULATED_COMMANDS_KEPT);
  });
});
