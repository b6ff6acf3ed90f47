/**
 * What the page can do to the engines it watches: list the events an actor takes now, send one (by
 * the routes of sendPolicy.ts), and STOP ALL. Each engine gets its own inspector client session.
 */
import type { AnyEventObject } from 'xstate';
import type { ButtplugServer } from '../../actors/engine/buttplugServer.js';
import type { AcceptedEvent, CommandResult } from './inspectionRecords.js';
import type { InspectionModel } from './inspectionModel.js';
import { InspectorClient } from './inspectorClient.js';
import { checkRequest, ruleFor, templateFor } from './sendPolicy.js';
import { acceptedEdges, activeNodeIds } from './statechartQueries.js';
import type { Json } from './inspectionRecords.js';

/** Does the actor's current state take this event? Guards read the event, so a bare one may not tell. */
const canTake = (snapshot: unknown, event: AnyEventObject): boolean | null => {
  try {
    return (snapshot as { can(event: AnyEventObject): boolean }).can(event);
  } catch {
    return null;
  }
};

export class EngineCommands {
  private readonly engines = new Map<ButtplugServer, InspectorClient>();

  constructor(private readonly model: InspectionModel) {}

  attach(server: ButtplugServer): void {
    this.engines.set(server, new InspectorClient(server));
  }

  /** The events the actor's current state takes, with how (and whether) the page may send each. */
  accepts(key: string): AcceptedEvent[] {
    const entry = this.model.entry(key);
    const graph = entry?.graph ? this.model.graph(entry.graph) : undefined;
    const snapshot = entry?.snapshot as { value?: Json; context?: unknown; status?: string } | undefined;
    if (!entry || !graph || !snapshot || snapshot.status !== 'active') return [];
    const accepted = acceptedEdges(graph, activeNodeIds(graph, snapshot.value));
    return [...accepted].map(([type, edges]): AcceptedEvent => {
      const guards = edges.flatMap((edge) => (edge.guard ? [edge.guard] : []));
      const enabled = guards.length < edges.length ? true : canTake(snapshot, { type });
      const rule = ruleFor(entry.machine, type);
      const template = rule ? templateFor(rule, snapshot.context) : undefined;
      return {
        type,
        enabled,
        guards,
        route: rule?.route ?? 'internal',
        ...(template !== undefined ? { template } : {}),
        note: rule?.note ?? 'only the engine sends this: sending it by hand could bypass a check',
      };
    });
  }

  async send(key: string, type: string, payload: unknown): Promise<CommandResult> {
    const entry = this.model.entry(key);
    if (!entry || entry.status !== 'active') return { ok: false, message: 'that actor is no longer running' };
    const rule = ruleFor(entry.machine, type);
    if (!rule) return { ok: false, message: `${type} is internal to the engine and cannot be sent from the page` };
    if (!this.accepts(key).some((accepted) => accepted.type === type))
      return { ok: false, message: `${entry.id} does not take ${type} in its current state` };
    const context = (entry.snapshot as { context?: unknown } | undefined)?.context;
    if (rule.route === 'direct') {
      entry.ref.send(rule.event as AnyEventObject);
      return { ok: true, message: `${type} sent to ${entry.id}` };
    }
    const checked = checkRequest(rule, payload, context);
    if (!checked.ok) return { ok: false, message: checked.message };
    const client = this.clientFor(entry.engine);
    if (!client) return { ok: false, message: 'this engine was not attached to the inspector; it can only be watched' };
    return client.request(checked.name, checked.fields);
  }

  /** Every device of every engine stops, through each engine's own StopCmd path. */
  async stopAll(): Promise<CommandResult> {
    this.prune();
    if (this.engines.size === 0) return { ok: false, message: 'no running engine is attached' };
    const results = await Promise.all([...this.engines.values()].map((client) => client.request('StopCmd', {})));
    const failed = results.filter((result) => !result.ok);
    return failed.length === 0
      ? { ok: true, message: `every device stopped (${results.length} engine${results.length === 1 ? '' : 's'})` }
      : { ok: false, message: failed.map((result) => result.message).join('; ') };
  }

  /** The page is gone: its sessions end, and with them whatever it started. */
  closeClients(): void {
    for (const client of this.engines.values()) client.close();
    this.prune();
  }

  private clientFor(engineKey: string): InspectorClient | undefined {
    this.prune();
    for (const [server, client] of this.engines) if (this.model.keyOf(server.actor) === engineKey) return client;
    return undefined;
  }

  /** Engines that stopped (one per connection with concurrent sessions) are let go. */
  private prune(): void {
    for (const [server, client] of this.engines) {
      if (server.actor.getSnapshot().status !== 'active') {
        client.close();
        this.engines.delete(server);
      }
    }
  }
}
