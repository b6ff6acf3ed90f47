/** Test aid: a Lovense toy on a `FakeBleAdapter`, answering `DeviceType;` and `Battery;` on its rx characteristic. */
import { lovenseAnswer } from '../../simulated/deviceSimulators.js';
import type { FakeBleAdapter, FakePeripheral } from './fakeBleAdapter.js';

export const LOVENSE_SERVICE = '0000fff0-0000-1000-8000-00805f9b34fb';
export const LOVENSE_TX = '0000fff2-0000-1000-8000-00805f9b34fb';
export const LOVENSE_RX = '0000fff1-0000-1000-8000-00805f9b34fb';

export const addFakeLovense = (
  adapter: FakeBleAdapter,
  toy: { readonly name?: string; readonly address?: string; readonly battery?: number } = {},
): FakePeripheral => {
  const name = toy.name ?? 'LVS-Edge';
  return adapter.addPeripheral({
    name,
    ...(toy.address ? { address: toy.address } : {}),
    services: {
      [LOVENSE_SERVICE]: [
        { uuid: LOVENSE_RX, properties: ['notify'] },
        { uuid: LOVENSE_TX, properties: ['write', 'writeWithoutResponse'] },
      ],
    },
    onWrite: (write, peripheral) => {
      const reply = lovenseAnswer(new TextDecoder().decode(write.data), { name, address: peripheral.address, battery: toy.battery ?? 87 });
      if (reply) peripheral.notify(LOVENSE_RX, reply);
    },
  });
};
