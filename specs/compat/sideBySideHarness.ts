/**
 * Runs the side-by-side app against an engine with simulated devices, with the module `buttplug`
 * resolving to the official package or to compat, and collects what it logged and what each device
 * received.
 */
import { vi } from 'vitest';
import type { HardwareCommandRecord } from '../../hardware/simulated/simulatedHardware.js';
import { builtinProtocols } from '../../protocols/devices/index.js';
import { waitFor } from '../support/engine.js';
import { everyFeatureProtocol, everyFeatureSimulator } from '../support/everyFeatureProtocol.js';
import { startWebSocketEngine } from '../support/transports.js';
import type { AppHooks } from './app/sideBySideApp.js';

export type Library = 'official' | 'compat';

export const startSideBySideEngine = (server: { maxPingTime?: number } = {}) =>
  startWebSocketEngine({
    dcm: {
      devices: [
        { name: 'TEST-Every', address: 'EVERY', simulator: everyFeatureSimulator },
        { name: 'TEST-Every-Vibe', address: 'VIBE', simulator: everyFeatureSimulator },
      ],
    },
    server: { protocols: [...builtinProtocols, everyFeatureProtocol], ...server },
  });

export type SideBySideEngine = Awaited<ReturnType<typeof startSideBySideEngine>>;

/** What the test does when the app asks: sensor readings, a device going away. */
export const hardwareHooks = (engine: SideBySideEngine): AppHooks => ({
  async sensorSubscribed() {
    const every = engine.dcm.hardware('EVERY')!;
    await waitFor(() => every.isSubscribed('rxpressure'), 2_000, 'the pressure subscription');
    every.notify('rxpressure', '300');
    every.notify('rxpressure', '301');
  },
  async removeSmallDevice() {
    engine.dcm.hardware('VIBE')!.drop('out of range');
  },
});

/** Loads a fresh copy of a module with `buttplug` resolving to the library. */
export const importWith = async <M>(library: Library, load: () => Promise<M>): Promise<M> => {
  vi.resetModules();
  if (library === 'compat') vi.doMock('buttplug', () => import('../../compat.js'));
  else vi.doUnmock('buttplug');
  return load();
};

const describeCommand = (command: HardwareCommandRecord): string =>
  command.type === 'write'
    ? `${command.endpoint} ${new TextDecoder().decode(command.data)}`
    : `${command.type} ${command.endpoint}`;

export interface SideBySideRun {
  readonly log: string[];
  /** Every write and (un)subscribe each device received, by address. */
  readonly hardware: Record<'EVERY' | 'VIBE', string[]>;
}

export const runSideBySide = async (library: Library): Promise<SideBySideRun> => {
  const engine = await startSideBySideEngine();
  const { runApp } = await importWith(library, () => import('./app/sideBySideApp.js'));
  const log = await runApp(engine.url, hardwareHooks(engine));
  await waitFor(() => engine.transport.sessionCount === 0, 2_000, 'the session to end');
  return {
    log,
    hardware: {
      EVERY: engine.dcm.hardware('EVERY')!.commands.map(describeCommand),
      VIBE: engine.dcm.hardware('VIBE')!.commands.map(describeCommand),
    },
  };
};
