/**
 * OSSM (Kinky Makers): text commands on `tx`, each with a response. The machine has modes: an
 * oscillation (`set:speed:<0..100>`) needs the stroke engine (`go:menu`, `go:strokeEngine`), a
 * timed move (`stream:<position>:<ms>`) needs streaming (`go:menu`, `go:streaming`); the first
 * command of the other kind switches. Entering a mode also opens the machine's full range:
 * `false` on `txmode`, `set:depth:100`, `set:stroke:100`, and in streaming `set:speed:100`.
 * (The reference sends those when the machine's JSON state notification on `rx` says it arrived;
 * this engine's notifications cannot write, so they follow the switch, each written with response.)
 * A stop (speed 0) outside the stroke engine switches nothing and sends nothing.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { ascii, subscribe, write, type WriteRequest } from '../shared/hardwareRequests.js';
import { drivesOnly, eachOutput } from '../shared/outputEncoders.js';
import { encoded } from '../shared/deviceProtocol.js';
import { ossmDevices } from './ossmDevices.js';

export interface OssmState {
  readonly mode: 'none' | 'strokeEngine' | 'streaming';
}

const command = (text: string, endpoint: 'tx' | 'txmode' = 'tx'): WriteRequest => write(endpoint, ascii(text), true);

export const ossmModeSwitch = (mode: 'strokeEngine' | 'streaming'): WriteRequest[] => [
  command('go:menu'),
  command(`go:${mode}`),
  command('false', 'txmode'),
  command('set:depth:100'),
  command('set:stroke:100'),
  ...(mode === 'streaming' ? [command('set:speed:100')] : []),
];

export const ossmProtocol: DeviceProtocol<OssmState> = {
  name: 'ossm',
  config: ossmDevices,
  createState: () => ({ mode: 'none' }),
  *initialize(_device, state) {
    yield* subscribe('rx');
    return state;
  },
  encodeOutputs: drivesOnly(['Oscillate', 'HwPositionWithDuration'], (state, outputs, device) =>
    eachOutput(state, outputs, device, (current, { type, value, duration = 0 }) => {
      if (type === 'Oscillate') {
        if (current.mode === 'strokeEngine') return encoded(current, [command(`set:speed:${value}`)]);
        if (value === 0) return encoded(current, []);
        return encoded({ mode: 'strokeEngine' }, [...ossmModeSwitch('strokeEngine'), command(`set:speed:${value}`)]);
      }
      const stream = command(`stream:${value}:${duration}`);
      return current.mode === 'streaming'
        ? encoded(current, [stream])
        : encoded({ mode: 'streaming' }, [...ossmModeSwitch('streaming'), stream]);
    }),
  ),
};
