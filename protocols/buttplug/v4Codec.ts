/** The spec v4 session codec: messages map one to one onto engine requests. */
import { decodeFrame, decodeFrameValue, type MessageTable, type TaggedMessage } from './frame.js';
import { hotMessageDecoders } from './hotMessages.js';
import {
  CLIENT_MESSAGES_V4,
  messageBodiesV4,
  SPEC_VERSION_MAJOR,
  SPEC_VERSION_MINOR,
  type ClientMessageV4,
} from './messages.js';
import type { Inbound, SessionCodec } from './sessionCodec.js';

const clientTable: MessageTable = Object.fromEntries(
  CLIENT_MESSAGES_V4.map((name) => [name, messageBodiesV4[name]]),
) as MessageTable;

const decodeOptions = { versionLabel: 'spec v4', hotDecoders: hotMessageDecoders } as const;

export const toInbound = (message: ClientMessageV4): Inbound => {
  switch (message.type) {
    case 'RequestServerInfo':
      return { kind: 'handshake', id: message.Id };
    case 'Ping':
      return { kind: 'ping', id: message.Id };
    case 'Disconnect':
      return { kind: 'disconnect', id: message.Id };
    case 'StartScanning':
      return { kind: 'request', request: { kind: 'startScanning', id: message.Id } };
    case 'StopScanning':
      return { kind: 'request', request: { kind: 'stopScanning', id: message.Id } };
    case 'RequestDeviceList':
      return { kind: 'request', request: { kind: 'requestDeviceList', id: message.Id } };
    case 'OutputCmd':
      return {
        kind: 'request',
        request: {
          kind: 'output',
          id: message.Id,
          deviceIndex: message.DeviceIndex,
          commands: [{ featureIndex: message.FeatureIndex, command: message.Command }],
        },
      };
    case 'InputCmd':
      return {
        kind: 'request',
        request: {
          kind: 'input',
          id: message.Id,
          deviceIndex: message.DeviceIndex,
          featureIndex: message.FeatureIndex,
          type: message.Type,
          command: message.Command,
        },
      };
    case 'StopCmd':
      return {
        kind: 'request',
        request: {
          kind: 'stop',
          id: message.Id,
          ...(message.DeviceIndex !== undefined ? { deviceIndex: message.DeviceIndex } : {}),
          ...(message.DeviceIndex !== undefined && message.FeatureIndex !== undefined
            ? { featureIndex: message.FeatureIndex }
            : {}),
          inputs: message.Inputs ?? true,
          outputs: message.Outputs ?? true,
        },
      };
  }
};

export const v4Codec: SessionCodec<null> = {
  version: 4,
  initialState: () => null,
  decode: (frame) =>
    typeof frame === 'string'
      ? decodeFrame(frame, clientTable, decodeOptions)
      : decodeFrameValue(frame, clientTable, decodeOptions),
  serverInfo: ({ id, serverName, maxPingTime }) =>
    ({
      type: 'ServerInfo',
      Id: id,
      ServerName: serverName,
      ProtocolVersionMajor: SPEC_VERSION_MAJOR,
      ProtocolVersionMinor: SPEC_VERSION_MINOR,
      MaxPingTime: maxPingTime,
    }) as TaggedMessage,
  inbound: (message, state) => ({ state, inbound: toInbound(message as ClientMessageV4) }),
  outbound: (message, state) => ({ state, messages: [message] }),
  seedDevices: (state) => state,
};
