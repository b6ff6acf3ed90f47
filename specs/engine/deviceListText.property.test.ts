/**
 * A DeviceList's JSON text is made once per device table and reused by every frame (RequestDeviceList,
 * announcements): after any sequence of devices arriving, dropping out and being renamed by reloaded
 * user settings, the text a client gets is exactly the list built afresh from the devices listed now.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ButtplugServer, frameTransport } from '../../actors/engine/buttplugServer.js';
import { SimulatedDcm } from '../../hardware/simulated/simulatedDcm.js';
import { createDeviceConfig, type UserDeviceSettings } from '../../protocols/config/deviceConfig.js';
import { deviceListMessage } from '../../protocols/config/deviceInfo.js';
import { builtinProtocolConfigs } from '../../protocols/devices/index.js';
import { waitFor } from '../support/engine.js';

const ADDRESSES = ['EDGE0', 'EDGE1', 'EDGE2', 'EDGE3'];

type Step = { add: number } | { drop: number } | { rename: number; name: string | undefined };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ add: fc.nat(ADDRESSES.length - 1) }),
  fc.record({ drop: fc.nat(ADDRESSES.length - 1) }),
  fc.record({ rename: fc.nat(ADDRESSES.length - 1), name: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }) }),
);

describe('the DeviceList text', () => {
  it('is the list built afresh from the listed devices after any adds, drops and renames', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        const dcm = new SimulatedDcm({ devices: [] });
        const server = new ButtplugServer({ deviceCommunicationManagers: [dcm] });
        const frames: string[] = [];
        const session = server.connect(
          frameTransport(
            (text) => frames.push(text),
            () => {},
          ),
        );
        let id = 1;
        const request = async (name: string, fields: object = {}): Promise<string> => {
          const mine = id++;
          session.receive(JSON.stringify([{ [name]: { Id: mine, ...fields } }]));
          let found: string | undefined;
          await waitFor(
            () =>
              (found = frames.find((frame) => frame.includes(`"Id":${mine},`) || frame.includes(`"Id":${mine}}`))) !==
              undefined,
          );
          return found!;
        };
        try {
          await request('RequestServerInfo', { ClientName: 'list', ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 });
          const indexOf = new Map<number, number>();
          const names = new Map<number, string>();
          const listed = (n: number) => server.devices.find((device) => device.DeviceIndex === indexOf.get(n));
          for (const change of steps) {
            if ('add' in change) {
              if (indexOf.has(change.add)) continue;
              const before = new Set(server.devices.map((device) => device.DeviceIndex));
              dcm.addDevice({ name: 'LVS-Edge', address: ADDRESSES[change.add]! });
              await request('StartScanning');
              await waitFor(() => server.devices.some((device) => !before.has(device.DeviceIndex)));
              indexOf.set(change.add, server.devices.find((device) => !before.has(device.DeviceIndex))!.DeviceIndex);
            } else if ('drop' in change) {
              const hardware = dcm.hardware(ADDRESSES[change.drop]!);
              if (!hardware?.connected) continue;
              // Out of range as well as dropped: a dropped device still in range comes back on the next scan
              // (as a real one would), and then a later `add` would wait for the wrong device.
              dcm.setReachable(ADDRESSES[change.drop]!, false);
              hardware.drop();
              await waitFor(() => listed(change.drop) === undefined);
            } else {
              if (!indexOf.has(change.rename)) continue;
              if (change.name === undefined) names.delete(change.rename);
              else names.set(change.rename, change.name);
              const devices: UserDeviceSettings[] = [...names].map(([n, name]) => ({
                key: { protocol: 'lovense', identifier: 'P', address: ADDRESSES[n]! },
                allow: false,
                deny: false,
                index: indexOf.get(n)!,
                displayName: name,
              }));
              server.reloadDeviceConfig(createDeviceConfig(builtinProtocolConfigs(), { devices }));
              await waitFor(() => {
                const device = listed(change.rename);
                return device === undefined || device.DeviceDisplayName === change.name;
              });
            }
            const text = await request('RequestDeviceList');
            const fresh = { ...deviceListMessage(0, server.devices), Id: id - 1 };
            const { type, ...body } = fresh;
            expect(text).toBe(JSON.stringify([{ [type]: body }]));
          }
        } finally {
          await server.shutdown();
        }
      }),
      // The example once timed out: the rescan for EDGE2 also brought the dropped EDGE0 back.
      { numRuns: 15, examples: [[[{ add: 0 }, { drop: 0 }, { add: 2 }, { drop: 2 }]]] },
    );
  });
});
