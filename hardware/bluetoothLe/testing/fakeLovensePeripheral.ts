/** Test aid: a Lovense toy on a `FakeBleAdapter`, answering `DeviceType;` and `Battery;` on its rx characteristic. */
import { lovenseAnswer } from '../../simulated/deviceSimulators.js';
import type { FakeBleAdapter, FakePeripheral, FakePeripheralSpec } from './fakeBleAdapter.js';

export const LOVENSE_SERVICE = '0000fff0-0000-1000-8000-00805f9b34fb';
export const LOVENSE_TX = '0000fff2-0000-1000-8000-00805f9b34fb';
export const LOVENSE_RX = '0000fff1-0000-1000-8000-00805f9b34fb';

export interface FakeLovenseSpec {
  /** Advertised name (default `LVS-Edge`); it also decides the model the toy reports. */
  readonly name?: string;
  readonly address?: string;
  readonly battery?: number;
  /** Advertise no name at all, only what else is given. */
  readonly nameless?: boolean;
  readonly manufacturerData?: FakePeripheralSpec['manufacturerData'];
  readonly advertisedServices?: readonly string[];
}

export const addFakeLovense = (adapter: FakeBleAdapter, toy: FakeLovenseSpec = {}): FakePeripheral => {
  const name = toy.name ?? 'LVS-Edge';
  return adapter.addPeripheral({
    ...(toy.nameless ? {} : { name }),
    ...(toy.address ? { address: toy.address } : {}),
    ...(toy.manufacturerData ? { manufacturerData: toy.manufacturerData } : {}),
    ...(toy.advertisedServices ? { advertisedServices: toy.advertisedServices } : {}),
    services: {
      [LOVENSE_SERVICE]: [
        { uuid: LOVENSE_RX, properties: ['notify'] },
        { uuid: LOVENSE_TX, properties: ['write', 'writeWithoutResponse'] },
      ],
    },
    onWrite: (write, peripheral) => {
      const reply = lovenseAnswer(new TextDecoder().decode(write.data), {
        name,
        address: peripheral.address,
        battery: toy.battery ?? 87,
      });
      if (reply) peripheral.notify(LOVENSE_RX, reply);
    },
  });
};
