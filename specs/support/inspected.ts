/** Test fixture: an engine watched by an inspector page server, and the page's HTTP calls. */
import type { ButtplugServerOptions } from '../../actors/engine/buttplugServer.js';
import type { SimulatedDcmOptions } from '../../hardware/simulated/simulatedDcm.js';
import type { CommandResult } from '../../transports/inspector/inspectionRecords.js';
import type { ActorEntry } from '../../transports/inspector/inspectionModel.js';
import { InspectorServer, type InspectorServerOptions } from '../../transports/inspector/inspectorServer.js';
import { onCleanup, startEngine, type TestEngine } from './engine.js';

export interface Inspected extends TestEngine {
  readonly inspector: InspectorServer;
  /** The running actor with this id (`device-1`, `session-1`...). */
  actor(id: string): ActorEntry;
  /** POSTs to the page's API as the page does. */
  post(path: 'api/send' | 'api/stop-all', body: unknown): Promise<CommandResult>;
}

export const startInspected = async (
  options: { dcm?: SimulatedDcmOptions; server?: ButtplugServerOptions; inspector?: InspectorServerOptions } = {},
): Promise<Inspected> => {
  const inspector = await InspectorServer.listen({ port: 0, ...options.inspector });
  const engine = startEngine({
    ...(options.dcm ? { dcm: options.dcm } : {}),
    server: { ...options.server, inspector },
  });
  onCleanup(() => inspector.close());
  return {
    ...engine,
    inspector,
    actor(id) {
      const found = [...inspector.model.actors()].find((entry) => entry.id === id && entry.status === 'active');
      if (!found) throw new Error(`no running actor ${id}`);
      return found;
    },
    async post(path, body) {
      const response = await fetch(`${inspector.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return (await response.json()) as CommandResult;
    },
  };
};
