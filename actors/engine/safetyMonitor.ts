/**
 * The safety rules (protocols/safety/safetyRules.ts) run live over what the engine does, behind
 * `ButtplugServerOptions.safetyMonitor`. It watches the actor system through inspection, so it changes
 * nothing it watches: commands and stops as device actors receive them, outputs as device actors
 * record them written, devices going away. A violation is logged at error level and counted.
 *
 * Live, it checks that stops reach zero, that nothing restarts after a stop, and that values stay in
 * range. Whether the last value of a burst arrives is checked by the tests only: a write that fails
 * (and is reported to the client) breaks it legitimately.
 */
import type { AnyActorRef, InspectionEvent } from 'xstate';
import { checkOutputCommand } from '../../protocols/config/commandChecks.js';
import type { ResolvedDevice } from '../../protocols/config/resolvedDevice.js';
import type { Logger } from '../../protocols/core/logger.js';
import { every, realClock, type Clock } from '../../protocols/core/clock.js';
import type { FeatureOutput } from '../../protocols/devices/shared/deviceProtocol.js';
import { noOutputAfterStop, stopReachesZero, withinRange } from '../../protocols/safety/safetyRules.js';
import type { OutputAddress, SafetyEvent, SafetyViolation } from '../../protocols/safety/safetyTimeline.js';
import { idsAnsweredOnce, type TimedMessage } from '../../protocols/safety/observedRules.js';
import { isFailure } from '../../protocols/buttplug/errorCodes.js';
import type { EngineRequest } from '../../protocols/buttplug/engineRequests.js';

/** Events kept per device: enough for any rule's window (older ones only lose checks, never add false alarms). */
const WINDOW_EVENTS = 512;
/** Requests a session may have in flight before the oldest are forgotten (frame limits keep real ones far below). */
const MAX_OPEN_REQUESTS = 4_096;
const CHECK_INTERVAL_MS = 250;
const STOP_WITHIN_MS = 1_000;

/** The parts of a device actor's context the monitor reads; absent parts make it see less, not fail. */
interface DeviceView {
  /** Set once the device is linked (identified and defined). */
  readonly link?: { readonly protocolDevice?: { readonly definition?: ResolvedDevice } };
  readonly queue?: { readonly written?: ReadonlyMap<string, FeatureOutput> };
}

/** One session's requests still owed an answer, and the answers seen since the last check. */
interface Conversation {
  requests: TimedMessage[];
  replies: TimedMessage[];
}

interface Watched {
  definition?: ResolvedDevice;
  written: ReadonlyMap<string, FeatureOutput>;
  events: SafetyEvent[];
}

const isDeviceActor = (ref: unknown): ref is AnyActorRef =>
  typeof (ref as { id?: unknown } | undefined)?.id === 'string' && (ref as AnyActorRef).id.startsWith('device-');

export class SafetyMonitor {
  private readonly devices = new Map<AnyActorRef, Watched>();
  private readonly conversations = new Map<string, Conversation>();
  private readonly reported = new Set<string>();
  private violationCount = 0;
  private observedCount = 0;
  private readonly stopTimer: () => void;
  private readonly now: () => number;

  /** `clock`: the engine's (its timer and timestamps), or just where timestamps come from (timer on real time). */
  constructor(
    private readonly logger: Logger,
    clockOrNow: Clock | (() => number) = realClock,
  ) {
    const clock = typeof clockOrNow === 'function' ? { ...realClock, now: clockOrNow } : clockOrNow;
    this.now = () => clock.now();
    this.stopTimer = every(clock, CHECK_INTERVAL_MS, () => this.check(), { unref: true });
  }

  /** Timeline events recorded so far (commands, stops, outputs, departures). */
  get observed(): number {
    return this.observedCount;
  }

  /** Violations found so far. */
  get violations(): number {
    return this.violationCount;
  }

  stop(): void {
    this.stopTimer();
  }

  /** Feed every inspection event of the engine here. Never throws. */
  readonly inspect = (inspection: InspectionEvent): void => {
    try {
      this.observe(inspection);
    } catch (error) {
      this.logger.warn({ error: String(error) }, 'the safety monitor could not read an event');
    }
  };

  private observe(inspection: InspectionEvent): void {
    if (inspection.type === '@xstate.event' && isDeviceActor(inspection.actorRef)) {
      const watched = this.watch(inspection.actorRef);
      const event = inspection.event as {
        type: string;
        request?: EngineRequest;
        outputs?: boolean;
        featureIndex?: number;
      };
      if (event.type === 'device.request' && event.request?.kind === 'output') this.noteCommand(watched, event.request);
      if (event.type === 'device.stop' && event.outputs && watched.definition)
        this.add(watched, {
          kind: 'stop',
          at: this.now(),
          device: watched.definition.index,
          ...(event.featureIndex !== undefined ? { feature: event.featureIndex } : {}),
          reason: 'device.stop',
        });
      return;
    }
    if (inspection.type === '@xstate.snapshot' && isDeviceActor(inspection.actorRef)) {
      const snapshot = inspection.snapshot as { status?: string; context?: DeviceView };
      const watched = this.watch(inspection.actorRef);
      const context = snapshot.context;
      const definition = context?.link?.protocolDevice?.definition;
      if (definition) watched.definition = definition;
      const written = context?.queue?.written;
      if (written && written !== watched.written) this.noteWritten(watched, written);
      if (snapshot.status !== 'active' && snapshot.status !== undefined) {
        if (watched.definition) this.add(watched, { kind: 'gone', at: this.now(), device: watched.definition.index });
        this.check();
        this.devices.delete(inspection.actorRef);
      }
    }
  }

  private watch(ref: AnyActorRef): Watched {
    let watched = this.devices.get(ref);
    if (!watched) this.devices.set(ref, (watched = { written: new Map(), events: [] }));
    return watched;
  }

  private noteCommand(watched: Watched, request: Extract<EngineRequest, { kind: 'output' }>): void {
    if (!watched.definition) return;
    for (const { featureIndex, command } of request.commands) {
      const output = checkOutputCommand(watched.definition, featureIndex, command);
      if (isFailure(output)) continue;
      this.add(watched, {
        kind: 'command',
        at: this.now(),
        device: watched.definition.index,
        feature: featureIndex,
        type: output.type,
        value: output.value,
      });
    }
  }

  private noteWritten(watched: Watched, written: ReadonlyMap<string, FeatureOutput>): void {
    const before = watched.written;
    watched.written = written;
    if (!watched.definition) return;
    const device = watched.definition.index;
    // The engine forgot what is on the hardware (it dropped and came back): start over.
    if (written.size === 0 && before.size > 0) return this.add(watched, { kind: 'gone', at: this.now(), device });
    for (const [key, output] of written) {
      if (before.get(key)?.value === output.value && before.get(key)?.duration === output.duration) continue;
      this.add(watched, {
        kind: 'output',
        at: this.now(),
        device,
        feature: output.feature.index,
        type: output.type,
        value: output.value,
      });
    }
  }

  private add(watched: Watched, event: SafetyEvent): void {
    this.observedCount++;
    watched.events.push(event);
    if (watched.events.length > WINDOW_EVENTS) watched.events.splice(0, watched.events.length - WINDOW_EVENTS);
    if (event.kind === 'output') this.check();
  }

  /**
   * A client frame as the session receives it (bounded, parsed): each `{"Name": {"Id": n}}` in it is a
   * request owed one answer. `refusedId`: the frame was refused as a whole, answered under that Id.
   */
  noteRequests(session: string, frame: unknown, refusedId?: number): void {
    try {
      const conversation = this.conversation(session);
      const at = this.now();
      if (refusedId !== undefined) {
        if (refusedId > 0) conversation.requests.push({ at, name: '(refused frame)', id: refusedId });
      } else if (Array.isArray(frame))
        for (const element of frame) {
          if (typeof element !== 'object' || element === null || Array.isArray(element)) continue;
          const [name, body] = Object.entries(element as Record<string, unknown>)[0] ?? [];
          const id = (body as { Id?: unknown } | undefined)?.Id;
          if (name !== undefined && typeof id === 'number' && Number.isInteger(id) && id > 0)
            conversation.requests.push({ at, name, id });
        }
      if (conversation.requests.length > MAX_OPEN_REQUESTS)
        conversation.requests.splice(0, conversation.requests.length - MAX_OPEN_REQUESTS);
    } catch (error) {
      this.logger.warn({ session, error: String(error) }, 'the safety monitor could not read a client frame');
    }
  }

  /** What the engine sent a session: every reply is checked against the requests (`idsAnsweredOnce`). */
  noteReplies(session: string, messages: readonly { readonly type: string; readonly Id?: unknown }[]): void {
    try {
      const conversation = this.conversation(session);
      const at = this.now();
      for (const message of messages)
        if (typeof message.Id === 'number') conversation.replies.push({ at, name: message.type, id: message.Id });
      this.checkConversation(session, conversation);
    } catch (error) {
      this.logger.warn({ session, error: String(error) }, 'the safety monitor could not read a reply');
    }
  }

  /** The session ended: what it still owed is no longer owed (its client is gone). */
  endSession(session: string): void {
    this.conversations.delete(session);
  }

  private conversation(session: string): Conversation {
    let conversation = this.conversations.get(session);
    if (!conversation) this.conversations.set(session, (conversation = { requests: [], replies: [] }));
    return conversation;
  }

  /**
   * Runs `idsAnsweredOnce` over what is open, reports what broke it, then forgets every Id that is
   * settled (answered as often as asked, or broken and reported): only requests still owed an answer
   * stay, so memory stays bounded and nothing is reported twice.
   */
  private checkConversation(session: string, conversation: Conversation): void {
    for (const problem of idsAnsweredOnce(conversation.requests, conversation.replies)) {
      this.violationCount++;
      this.logger.error({ rule: 'idsAnsweredOnce', session }, `protocol rule broken: ${problem}`);
    }
    const asked = new Map<number, number>();
    for (const request of conversation.requests) asked.set(request.id!, (asked.get(request.id!) ?? 0) + 1);
    const answered = new Map<number, number>();
    for (const reply of conversation.replies)
      if (reply.id !== 0) answered.set(reply.id!, (answered.get(reply.id!) ?? 0) + 1);
    const open = (id: number | undefined) => (asked.get(id!) ?? 0) > (answered.get(id!) ?? 0);
    conversation.requests = conversation.requests.filter((request) => open(request.id));
    conversation.replies = conversation.replies.filter((reply) => reply.id !== 0 && open(reply.id));
  }

  /** Runs the rules over what was seen so far (also done every 250 ms and after each output). */
  check(): void {
    const now = this.now();
    for (const watched of this.devices.values()) {
      const definition = watched.definition;
      const outputAt = (address: OutputAddress) =>
        definition?.features
          .find((feature) => feature.index === address.feature)
          ?.outputs.find((candidate) => candidate.type === address.type);
      const rangeOf = (address: OutputAddress): readonly [number, number] | undefined => {
        const output = outputAt(address);
        return output ? (output.limit ?? output.base) : undefined;
      };
      const turnsBothWays = (address: OutputAddress) => (outputAt(address)?.base[0] ?? 0) < 0;
      const options = { now, stopWithinMs: STOP_WITHIN_MS, rangeOf, turnsBothWays };
      for (const violation of [
        ...stopReachesZero(watched.events, options),
        ...noOutputAfterStop(watched.events),
        ...withinRange(watched.events, options),
      ])
        this.report(violation);
    }
  }

  private report(violation: SafetyViolation): void {
    const key = `${violation.rule}/${violation.device}/${violation.feature}/${violation.type}/${violation.at}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    if (this.reported.size > 4 * WINDOW_EVENTS) this.reported.delete(this.reported.values().next().value!);
    this.violationCount++;
    this.logger.error(
      { rule: violation.rule, deviceIndex: violation.device, feature: violation.feature, output: violation.type },
      `safety rule broken: ${violation.message}`,
    );
  }
}
