/**
 * A connected session's wire to its client: the client's frames go out as requests (straight to a
 * device, or through the device manager), and what comes back goes to the client in its spec version.
 * It owns the codec's state and the requests not answered yet.
 *
 * The session machine runs it as a child actor from the first frame or message after the handshake
 * for as long as it is `connected` (`sessionWireLogic`, a transition actor: one plain function call per
 * message, no statechart step). The host hands a
 * connected session's frames to it directly, and devices answer the outputs it sent them to it, so a
 * command costs the session no macrostep on either side (issue 11: each was about 7 µs of CPU). The
 * session's lifecycle stays in its statechart: a Disconnect or a Ping is told to the session; leaving
 * `connected` stops the wire, so a closed session answers nothing; a device that fails has what it was
 * asked answered here, in order with its replies (the session passes `device.failed` on); a wire that
 * throws fails the session's `connected` state, which stops every device.
 */
import { fromTransition, type ActorRefFrom, type AnyActorRef } from 'xstate';
import { ErrorCode, type ButtplugFailure } from '../protocols/buttplug/errorCodes.js';
import type { EngineRequest } from '../protocols/buttplug/engineRequests.js';
import { deviceError, errorReply, ok } from '../protocols/buttplug/replies.js';
import type { TaggedMessage } from '../protocols/buttplug/frame.js';
import type { DeviceListV4, ServerMessageV4 } from '../protocols/buttplug/messages.js';
import type { SessionCodec } from '../protocols/buttplug/sessionCodec.js';
import { deviceEventOf, isOneDeviceRequest } from './device/requestEvents.js';
import { PendingRequests } from './pendingRequests.js';

/** Where a session's outgoing messages go (a WebSocket, an in-process client...). */
export interface SessionTransport {
  /** Messages already in the session's spec version. */
  send(messages: readonly TaggedMessage[]): void;
  close(reason: string): void;
}

export interface SessionWireInput {
  readonly sessionId: string;
  readonly codec: SessionCodec;
  /** What the codec remembered about this client before the wire opened. */
  readonly codecState: unknown;
  readonly transport: SessionTransport;
  readonly deviceManager: AnyActorRef;
  /** The device actor a request for one device can go to directly (deviceRoutes.ts). */
  readonly deviceRoute?: (deviceIndex: number) => AnyActorRef | undefined;
  /** The session machine: what goes through the manager is answered to it, and it hears of Pings and Disconnect. */
  readonly session: AnyActorRef;
  /** The session runs a ping watchdog that must hear of every Ping. */
  readonly watchesPings: boolean;
}

/** What the wire takes: from the host (frames) or from the session machine, and devices' replies. */
export type SessionWireEvent =
  | { type: 'frame'; frame: unknown }
  | { type: 'frame.refused'; id: number; failure: ButtplugFailure }
  | { type: 'server.message'; message: ServerMessageV4 }
  | { type: 'devices.snapshot'; deviceList: DeviceListV4 }
  | { type: 'device.failed'; deviceIndex: number; reason: string };

/** What the wire tells the session machine. */
export type SessionWireToSessionEvent = { type: 'ping.received' } | { type: 'disconnect.requested' };

/** What the session tells the device manager. */
export type SessionToManagerEvent =
  | { type: 'session.attach'; session: AnyActorRef; sessionId: string }
  | { type: 'session.end'; session: AnyActorRef; sessionId: string }
  | { type: 'client.request'; session: AnyActorRef; sessionId: string; request: EngineRequest };

const HANDSHAKE_AGAIN: ButtplugFailure = {
  code: ErrorCode.Init,
  message: 'handshake already happened on this session',
};

export class SessionWire {
  readonly #input: SessionWireInput;
  #codecState: unknown;
  /** Requests handed on and not answered yet, so that a device that fails cannot leave one unanswered. */
  readonly pending = new PendingRequests();

  constructor(input: SessionWireInput) {
    this.#input = input;
    this.#codecState = input.codecState;
  }

  /** What the codec remembers about this client (the devices a legacy client knows...). */
  get codecState(): unknown {
    return this.#codecState;
  }

  /** Engine messages to the client, in its version; an answer (its Id, not 0) settles the oldest request with that Id. */
  answer(message: ServerMessageV4): void {
    const id = (message as { Id?: unknown }).Id;
    if (typeof id === 'number' && id !== 0 && message.type !== 'ScanningFinished') this.pending.answer(id);
    const result = this.#input.codec.outbound(message, this.#codecState);
    this.#codecState = result.state;
    if (result.messages.length > 0) this.#input.transport.send(result.messages);
  }

  /** Engine messages to the client, in its version, settling nothing. */
  tell(messages: readonly ServerMessageV4[]): void {
    const { codec } = this.#input;
    const out: TaggedMessage[] = [];
    for (const message of messages) {
      const result = codec.outbound(message, this.#codecState);
      this.#codecState = result.state;
      for (const each of result.messages) out.push(each);
    }
    if (out.length > 0) this.#input.transport.send(out);
  }

  /** The devices present when the session joined (legacy clients are told of changes relative to these). */
  seedDevices(deviceList: DeviceListV4): void {
    this.#codecState = this.#input.codec.seedDevices(this.#codecState, deviceList);
  }

  /** A device failed (its hardware was stopped): what it was asked and never answered gets an Error. */
  failDevice(deviceIndex: number, reason: string): void {
    const failed = this.pending.takeForDevice(deviceIndex);
    if (failed.length === 0) return;
    const message = `device ${deviceIndex} failed and was stopped: ${reason}`;
    this.tell(failed.map((request) => deviceError(request.id, message)));
  }

  /**
   * One frame: answered at once where the session can (Ping, errors), the rest handed on in the frame's
   * order, whichever way each goes (deviceRoutes.ts). `self` is this wire's actor: outputs answer it.
   */
  route(frame: unknown, self: AnyActorRef): void {
    const { codec, deviceRoute, session } = this.#input;
    const decoded = codec.decode(frame);
    if (!decoded.ok) return this.tell([errorReply(0, decoded.failure)]);
    let replies: ServerMessageV4[] | undefined;
    let requests: EngineRequest[] | undefined;
    let devices: (AnyActorRef | undefined)[] | undefined;
    let disconnect = false;
    for (const element of decoded.elements) {
      if (!element.ok) {
        (replies ??= []).push(errorReply(element.id, element.failure));
        continue;
      }
      const { state, inbound } = codec.inbound(element.message, this.#codecState);
      this.#codecState = state;
      switch (inbound.kind) {
        case 'ping':
          if (this.#input.watchesPings) session.send({ type: 'ping.received' } satisfies SessionWireToSessionEvent);
          (replies ??= []).push(ok(inbound.id));
          break;
        case 'handshake':
          (replies ??= []).push(errorReply(inbound.id, HANDSHAKE_AGAIN));
          break;
        case 'disconnect':
          (replies ??= []).push(ok(inbound.id));
          disconnect = true;
          break;
        case 'failure':
          (replies ??= []).push(errorReply(inbound.id, inbound.failure));
          break;
        case 'request': {
          const { request } = inbound;
          const oneDevice = isOneDeviceRequest(request);
          this.pending.add(oneDevice ? { id: request.id, deviceIndex: request.deviceIndex } : { id: request.id });
          (requests ??= []).push(request);
          (devices ??= []).push(oneDevice ? deviceRoute?.(request.deviceIndex) : undefined);
          break;
        }
      }
    }
    if (replies) this.tell(replies);
    if (requests) this.#handOver(requests, devices!, self);
    if (disconnect) session.send({ type: 'disconnect.requested' } satisfies SessionWireToSessionEvent);
  }

  #handOver(requests: readonly EngineRequest[], devices: readonly (AnyActorRef | undefined)[], self: AnyActorRef) {
    const { session, sessionId, deviceManager } = this.#input;
    // The frame's last output or stop for a device tells it the batch is complete (found from the end).
    let ends: boolean[] | undefined;
    if (requests.length > 1) {
      ends = new Array<boolean>(requests.length).fill(false);
      const seen: AnyActorRef[] = [];
      for (let i = requests.length - 1; i >= 0; i--) {
        const device = devices[i];
        if (!device || requests[i]!.kind === 'input' || seen.includes(device)) continue;
        seen.push(device);
        ends[i] = true;
      }
    }
    for (let i = 0; i < requests.length; i++) {
      const request = requests[i]!;
      const device = devices[i];
      if (device && isOneDeviceRequest(request))
        device.send(deviceEventOf(request, session, ends ? ends[i] : request.kind !== 'input', self));
      else
        deviceManager.send({
          type: 'client.request',
          session,
          sessionId,
          request,
        } satisfies SessionToManagerEvent);
    }
  }
}

/** The wire as an actor of the session: each message is one call, its state is the wire itself (changed inside). */
export const sessionWireLogic = fromTransition(
  (wire: SessionWire, event: SessionWireEvent, { self }) => {
    switch (event.type) {
      case 'frame':
        wire.route(event.frame, self);
        break;
      case 'server.message':
        wire.answer(event.message);
        break;
      case 'frame.refused':
        wire.tell([errorReply(event.id, event.failure)]);
        break;
      case 'devices.snapshot':
        wire.seedDevices(event.deviceList);
        break;
      case 'device.failed':
        wire.failDevice(event.deviceIndex, event.reason);
        break;
    }
    return wire;
  },
  ({ input }: { input: SessionWireInput }) => new SessionWire(input),
);

export type SessionWireActorRef = ActorRefFrom<typeof sessionWireLogic>;
