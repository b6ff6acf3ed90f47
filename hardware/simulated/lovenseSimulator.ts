/** A simulated Lovense toy: answers `DeviceType;` and `Battery;` as the real ones do. */
import { lovenseDevices } from '../../protocols/devices/lovense/lovenseDevices.js';
import { squash } from './advertisedNames.js';
import type { DeviceSimulator } from './simulatedHardware.js';

/**
 * Which Lovense type letter a simulated name stands for: `LVS-Edge` -> the model named "Lovense Edge"
 * (P), `LVS-Z36` -> Z as real advertisements do, anything else -> a Lush (S).
 */
export const lovenseTypeForName = (name: string): string => {
  let type = typesByName.get(name);
  if (type === undefined) {
    if (typesByName.size >= 256) typesByName.clear();
    typesByName.set(name, (type = findTypeForName(name)));
  }
  return type;
};

/** Type letters already worked out, by name: a toy answers `DeviceType;` on every connection. */
const typesByName = new Map<string, string>();

const findTypeForName = (name: string): string => {
  const suffix = squash(name.replace(/^(LVS|LOVE)-/i, ''));
  // The model's name without its brand: `Lovense Edge`, `Loveai Dolp`.
  const model = lovenseDevices.configurations.find((m) => squash(m.name.split(' ').slice(1).join('')) === suffix);
  if (model?.identifiers[0]) return model.identifiers[0] === 'EI-FW3' ? 'EI' : model.identifiers[0];
  return /^LVS-([A-Z]+)\d+/.exec(name)?.[1] ?? 'S';
};

/** The firmware a simulated toy reports: old enough for the models that exist only on old firmware. */
const lovenseFirmwareForName = (name: string, type: string): number => {
  const suffix = squash(name.replace(/^(LVS|LOVE)-/i, ''));
  const model = lovenseDevices.configurations.find((m) => squash(m.name.split(' ').slice(1).join('')) === suffix);
  return type === 'EI' ? (model?.identifiers[0] === 'EI' ? 2 : 3) : 37;
};

/** What a Lovense toy with this advertised name answers to a command (`DeviceType;`, `Battery;`), if anything. */
export const lovenseAnswer = (
  command: string,
  toy: { readonly name: string; readonly address: string; readonly battery?: number },
): string | undefined => {
  if (command === 'Battery;') return `${toy.battery ?? 87};`;
  // Only asked on connecting: every other command (a `Vibrate:5;` per output) is answered by nothing, at no cost.
  if (command !== 'DeviceType;') return undefined;
  const type = lovenseTypeForName(toy.name);
  const firmware = lovenseFirmwareForName(toy.name, type);
  return `${type}:${firmware}:${toy.address.replace(/[^0-9A-F]/gi, '').padEnd(12, '0')};`;
};

/** Lovense commands are ASCII; one decoder serves every simulated toy (making one per write cost more than the rest). */
const commandText = new TextDecoder();
/** The first letters of the commands a toy answers (`DeviceType;`, `Battery;`): any other is not even decoded. */
const ASKS = new Set(['D'.charCodeAt(0), 'B'.charCodeAt(0)]);

/** Answers `DeviceType;` and `Battery;` like a Lovense toy does, a moment (1 ms on the device's clock) after the write. */
export const lovenseSimulator =
  (name: string, battery = 87): DeviceSimulator =>
  ({ endpoint, data }, device) => {
    if (endpoint !== 'tx' || !ASKS.has(data[0]!)) return;
    const reply = lovenseAnswer(commandText.decode(data), { name, address: device.address, battery });
    if (reply) device.clock.setTimeout(() => device.notify('rx', reply), 1);
  };
