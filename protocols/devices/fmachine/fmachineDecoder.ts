/**
 * The output decoder for the F-Machine (fmachineProtocol.ts), which is driven like its remote's
 * buttons: it counts the presses as the machine does (on/off toggles, each speed press one step,
 * never below the floor), so what it reads is the speed the machine runs at now, 0 while off. A
 * command reaches its target one step per keepalive, and the timeline shows each step; the decoder
 * derived from the encoder cannot read it, since a first step is no target.
 */
import type { DecodedOutput, OutputDecoderFactory } from '../shared/outputDecoder.js';
import { fmachinePacket } from './fmachineProtocol.js';

/** The buttons, by the packet each press or release writes. */
const BUTTONS: ReadonlyMap<string, 'onOff' | 'up' | 'down' | 'release'> = new Map([
  [Buffer.from(fmachinePacket(0x01)).toString('hex'), 'onOff'],
  [Buffer.from(fmachinePacket(0x02)).toString('hex'), 'release'],
  [Buffer.from(fmachinePacket(0x03)).toString('hex'), 'release'],
  [Buffer.from(fmachinePacket(0x05)).toString('hex'), 'up'],
  [Buffer.from(fmachinePacket(0x06)).toString('hex'), 'down'],
]);
const TOP_SPEED = 28;

export const fmachineDecoder: OutputDecoderFactory = (device, report) => {
  const stroke = device.definition.features.find(
    (f) => f.index === 0 && f.outputs.some((o) => o.type === 'Oscillate' && !o.disabled),
  );
  let running = false;
  let speed = 0;
  let shown = 0;
  return ({ endpoint, data }) => {
    const button = endpoint === 'tx' ? BUTTONS.get(Buffer.from(data).toString('hex')) : undefined;
    if (!button) {
      report?.({ endpoint, data, reason: 'not an F-Machine button packet' });
      return [];
    }
    if (button === 'onOff') running = !running;
    if (button === 'up') speed = Math.min(TOP_SPEED, speed + 1);
    if (button === 'down') speed = Math.max(0, speed - 1);
    const value = running ? speed : 0;
    if (!stroke || value === shown) return [];
    shown = value;
    return [{ feature: stroke.index, type: 'Oscillate', value } satisfies DecodedOutput];
  };
};
