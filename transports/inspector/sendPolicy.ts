/**
 * What the page may send to an actor, and how it gets there. The page lists every event the actor's
 * current state takes (read from the definition); it can send only these:
 *
 * - `request`: events that a client's request becomes (a device's command or stop, the device
 *   manager's client request). The payload is the Buttplug v4 message itself, and it travels through
 *   the inspector's own client session, so it gets every check a client's message gets, the user's
 *   limits included, and cannot do what a client could not.
 * - `direct`: events that can only stop or close something (a device told to disconnect, a session
 *   told to close); delivered as they are, with no data the engine would trust.
 *
 * Everything else is `internal` (only the engine sends it: hardware replies, definitions, timers):
 * sending it could bypass a check, so the page shows it and does not offer it. An event this table
 * does not know, such as one a machine gained later, is internal too: unknown means refused.
 */
import type { AnyStateMachine } from 'xstate';
import { deviceMachine } from '../../machines/device/deviceMachine.js';
import { deviceManagerMachine } from '../../machines/deviceManagerMachine.js';
import { sessionMachine } from '../../machines/sessionMachine.js';
import type { DeviceContext } from '../../machines/device/deviceTypes.js';
import type { Json, SendRoute } from './inspectionRecords.js';

/** Client messages and which of them each request event may carry. */
const DEVICE_COMMANDS = ['OutputCmd', 'InputCmd'] as const;
const MANAGER_REQUESTS = [
  'StartScanning',
  'StopScanning',
  'RequestDeviceList',
  'OutputCmd',
  'InputCmd',
  'StopCmd',
] as const;

export interface SendRule {
  readonly route: Exclude<SendRoute, 'internal'>;
  readonly note: string;
  /** `request`: the message names allowed. */
  readonly messages?: readonly string[];
  /** `request` to a device: the message is about this device (its DeviceIndex is set). */
  readonly forDevice?: boolean;
  /** `direct`: the event as it is delivered (the page's payload is not used). */
  readonly event?: { readonly type: string; readonly [field: string]: unknown };
}

export interface MachineRules {
  readonly machine: AnyStateMachine;
  readonly rules: Readonly<Record<string, SendRule>>;
}

export const SEND_RULES: readonly MachineRules[] = [
  {
    machine: deviceMachine,
    rules: {
      'device.request': {
        route: 'request',
        messages: DEVICE_COMMANDS,
        forDevice: true,
        note: 'sent as a client request (OutputCmd or InputCmd for this device) through the inspector session',
      },
      'device.stop': {
        route: 'request',
        messages: ['StopCmd'],
        forDevice: true,
        note: 'sent as a client StopCmd for this device through the inspector session',
      },
      disconnect: {
        route: 'direct',
        event: { type: 'disconnect' },
        note: 'the device stops every output and disconnects (a scan finds it again)',
      },
    },
  },
  {
    machine: deviceManagerMachine,
    rules: {
      'client.request': {
        route: 'request',
        messages: MANAGER_REQUESTS,
        note: 'sent as a client request through the inspector session',
      },
    },
  },
  {
    machine: sessionMachine,
    rules: {
      close: {
        route: 'direct',
        event: { type: 'close', reason: 'closed from the inspector' },
        note: 'closes the session: its client is disconnected and every device stops',
      },
    },
  },
];

export const ruleFor = (machine: AnyStateMachine | undefined, eventType: string): SendRule | undefined =>
  machine ? SEND_RULES.find((entry) => entry.machine.config === machine.config)?.rules[eventType] : undefined;

/** A payload to start from, for this actor's current context. */
export const templateFor = (rule: SendRule, context: unknown): Json | undefined => {
  if (rule.route !== 'request') return undefined;
  const device = context as DeviceContext | undefined;
  const index = rule.forDevice ? device?.link?.protocolDevice.definition.index : undefined;
  const message = rule.messages?.[0];
  if (message === 'OutputCmd' && index !== undefined) {
    const feature = device?.link?.protocolDevice.definition.features.find((f) => f.outputs.some((o) => !o.disabled));
    const output = feature?.outputs.find((o) => !o.disabled);
    return {
      OutputCmd: {
        DeviceIndex: index,
        FeatureIndex: feature?.index ?? 0,
        Command: { [output?.type ?? 'Vibrate']: { Value: 0 } },
      },
    };
  }
  if (message === 'StopCmd') return { StopCmd: index !== undefined ? { DeviceIndex: index } : {} };
  return message ? { [message]: index !== undefined ? { DeviceIndex: index } : {} } : undefined;
};

export type CheckedRequest =
  | { readonly ok: true; readonly name: string; readonly fields: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly message: string };

/** The page's payload as one client message this rule allows (its Id is the inspector session's). */
export const checkRequest = (rule: SendRule, payload: unknown, context: unknown): CheckedRequest => {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
    return { ok: false, message: 'the payload must be one Buttplug message, e.g. {"StopCmd": {}}' };
  const names = Object.keys(payload);
  if (names.length !== 1) return { ok: false, message: 'the payload must hold exactly one Buttplug message' };
  const name = names[0]!;
  if (!rule.messages?.includes(name))
    return { ok: false, message: `${name} cannot be sent here; this event takes ${rule.messages?.join(', ')}` };
  const fields = (payload as Record<string, unknown>)[name];
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields))
    return { ok: false, message: `${name} must be an object of fields` };
  const { Id: _ignored, ...rest } = fields as Record<string, unknown>;
  if (!rule.forDevice) return { ok: true, name, fields: rest };
  const index = (context as DeviceContext | undefined)?.link?.protocolDevice.definition.index;
  if (index === undefined) return { ok: false, message: 'this device has no index yet (it is not ready)' };
  if (rest['DeviceIndex'] !== undefined && rest['DeviceIndex'] !== index)
    return {
      ok: false,
      message: `this is device ${index}; DeviceIndex ${JSON.stringify(rest['DeviceIndex'])} is another`,
    };
  return { ok: true, name, fields: { ...rest, DeviceIndex: index } };
};
