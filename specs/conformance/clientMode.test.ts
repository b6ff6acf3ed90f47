/**
 * Client mode of `buttplug-conformance`, in process: real clients connect over WebSocket and the
 * harness judges them. The official `buttplug` 5.x npm client passes every sequence it supports and
 * fails `ping_required` (it never pings); our own client passes what a pinging client can; clients
 * with planted bugs fail the step that names the bug.
 */
import {
  ButtplugClient as OfficialClient,
  ButtplugNodeWebsocketClientConnector,
  DeviceOutput,
  InputCommandType,
  InputType,
  type ButtplugClientDevice as OfficialDevice,
} from 'buttplug';
import { describe, expect, it } from 'vitest';
import { ClientSequenceRun, type SequenceResult } from '../../actors/conformance/client/clientHarness.js';
import { SEQUENCES, type SequenceName } from '../../actors/conformance/client/clientSequences.js';
import { ButtplugClient } from '../../actors/client/buttplugClient.js';
import { WebSocketConnector } from '../../transports/websocketConnector.js';
import { onCleanup } from '../support/engine.js';
import { RawWebSocket, handshakeFrame } from '../support/rawWebSocket.js';

/** Runs a sequence on a free port while `drive` plays the client; resolves with the sequence's result. */
const judge = async (
  name: SequenceName,
  drive: (url: string) => Promise<void>,
  options: { clientDriven?: boolean; timeoutMs?: number } = {},
): Promise<SequenceResult> => {
  let listening!: (url: string) => void;
  const url = new Promise<string>((resolve) => (listening = resolve));
  const result = ClientSequenceRun.run(
    SEQUENCES.find((s) => s.name === name)!,
    {
      port: 0,
      timeoutMs: options.timeoutMs ?? 3_000,
      clientDriven: options.clientDriven ?? true,
      connectTimeoutMs: 5_000,
      onListening: (address) => listening(address),
    },
  );
  const driving = drive(await url);
  const [outcome] = await Promise.all([result, driving]);
  return outcome;
};

const withoutDevice1 = (body: Record<string, unknown>) => !('1' in (body['Devices'] as object));

const failures = (result: SequenceResult) =>
  result.steps.filter((s) => !s.passed).map((s) => `${s.step_name}: ${s.error}`);

const connectOfficial = async (url: string): Promise<OfficialClient> => {
  const client = new OfficialClient('official conformance client');
  await client.connect(new ButtplugNodeWebsocketClientConnector(url));
  onCleanup(async () => {
    if (client.connected) await client.disconnect().catch(() => {});
  });
  return client;
};

const scanOfficial = async (client: OfficialClient): Promise<OfficialDevice[]> => {
  const found = new Map<number, OfficialDevice>();
  const all = new Promise<void>((resolve) =>
    client.on('deviceadded', (device: OfficialDevice) => {
      found.set(device.index, device);
      if (found.size === 3) resolve();
    }),
  );
  await client.startScanning();
  await all;
  return [0, 1, 2].map((index) => found.get(index)!);
};

/** The official client with its protected `sendMessage` in reach, to address a device that does not exist. */
class RawOfficialClient extends OfficialClient {
  send(message: Parameters<OfficialClient['sendMessage']>[0]) {
    return this.sendMessage(message);
  }
}

describe('client mode judges the official buttplug 5.x client (--client-driven)', () => {
  it('core_protocol: every output, the battery, a sensor stream, stops and a device removal all pass', async () => {
    const result = await judge('core_protocol', async (url) => {
      const client = await connectOfficial(url);
      const [vibrator, positioner, multi] = await scanOfficial(client);
      await vibrator!.features.get(0)!.runOutput(DeviceOutput.Vibrate.value(50));
      await vibrator!.features.get(1)!.runOutput(DeviceOutput.Vibrate.value(75));
      await vibrator!.features.get(2)!.runOutput(DeviceOutput.Rotate.value(-50));
      await positioner!.features.get(2)!.runOutput(DeviceOutput.Oscillate.value(50));
      await positioner!.features.get(0)!.runOutput(DeviceOutput.Position.value(50));
      await positioner!.features.get(1)!.runOutput(DeviceOutput.HwPositionWithDuration.value(75, 1_000));
      await multi!.features.get(0)!.runOutput(DeviceOutput.Constrict.value(50));
      await multi!.features.get(1)!.runOutput(DeviceOutput.Spray.value(50));
      await multi!.features.get(2)!.runOutput(DeviceOutput.Temperature.value(-20));
      await multi!.features.get(3)!.runOutput(DeviceOutput.Led.value(100));
      expect(await vibrator!.battery()).toBe(85);
      const reading = new Promise((resolve) => multi!.once('inputreading', resolve));
      await multi!.features.get(5)!.runInput(InputType.Pressure, InputCommandType.Subscribe);
      await reading;
      await multi!.features.get(5)!.runInput(InputType.Pressure, InputCommandType.Unsubscribe);
      await vibrator!.stop();
      await client.stopAllDevices();
      await new Promise((resolve) => client.once('deviceremoved', resolve));
      await client.disconnect();
    });
    expect(failures(result)).toEqual([]);
    expect(result.steps.map((s) => s.step_name)).toEqual([
      'Connection',
      'Handshake',
      'Start Scanning',
      'Verify Devices Received',
      'Request Device List',
      'Vibrate Command (Device 0, Feature 0)',
      'Vibrate Command (Device 0, Feature 1)',
      'Rotate Command (Device 0, Feature 2)',
      'Oscillate Command (Device 1, Feature 2)',
      'Position Command (Device 1, Feature 0)',
      'HwPositionWithDuration Command (Device 1, Feature 1)',
      'Constrict Command (Device 2, Feature 0)',
      'Spray Command (Device 2, Feature 1)',
      'Temperature Command (Device 2, Feature 2)',
      'Led Command (Device 2, Feature 3)',
      'Battery Read (Device 0)',
      'Sensor Subscribe (Device 2, Pressure)',
      'Sensor Notification (Device 2, Pressure)',
      'Sensor Unsubscribe (Device 2, Pressure)',
      'Stop Single Device (Device 0)',
      'Stop All Devices',
      'Device Removal (Device 1)',
    ]);
    expect(result.passed).toBe(true);
  });

  it('error_handling: Errors for an unknown device and an unknown feature, and it goes on', async () => {
    const result = await judge('error_handling', async (url) => {
      const client = new RawOfficialClient('official conformance client');
      await client.connect(new ButtplugNodeWebsocketClientConnector(url));
      onCleanup(async () => {
        if (client.connected) await client.disconnect().catch(() => {});
      });
      const [vibrator] = await scanOfficial(client);
      const command = { Vibrate: { Value: 50 } } as never;
      // The 5.x client turns an Error reply into a rejected promise (a ButtplugDeviceError).
      await expect(
        client.send({ OutputCmd: { Id: 1, DeviceIndex: 99, FeatureIndex: 0, Command: command } }),
      ).rejects.toThrow(/99/);
      await vibrator!.features.get(0)!.runOutput(DeviceOutput.Vibrate.value(50));
      await expect(
        client.send({ OutputCmd: { Id: 1, DeviceIndex: 0, FeatureIndex: 99, Command: command } }),
      ).rejects.toThrow(/99/);
      await vibrator!.features.get(2)!.runOutput(DeviceOutput.Rotate.value(75));
      await client.disconnect();
    });
    expect(failures(result)).toEqual([]);
  });

  it('ping_timeout: it does not ping, the server drops it, it notices', async () => {
    const result = await judge('ping_timeout', async (url) => {
      const client = await connectOfficial(url);
      await new Promise((resolve) => client.once('disconnect', resolve));
      expect(client.connected).toBe(false);
    });
    expect(failures(result)).toEqual([]);
  });

  it('reconnection: dropped by the server, it connects again, scans and commands afresh', async () => {
    const result = await judge('reconnection', async (url) => {
      const first = await connectOfficial(url);
      const dropped = new Promise((resolve) => first.once('disconnect', resolve));
      await scanOfficial(first);
      await dropped;
      let second: OfficialClient | undefined;
      for (let attempt = 0; !second && attempt < 40; attempt++) {
        second = await connectOfficial(url).catch(() => undefined);
        if (!second) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const [vibrator] = await scanOfficial(second!);
      await vibrator!.features.get(0)!.runOutput(DeviceOutput.Vibrate.value(50));
      await second!.disconnect();
    });
    expect(failures(result)).toEqual([]);
  });

  it('ping_required: it fails, because the 5.x client never pings (its ping timer is commented out)', async () => {
    const result = await judge('ping_required', async (url) => {
      const client = await connectOfficial(url);
      await new Promise((resolve) => client.once('disconnect', resolve));
    });
    expect(result.passed).toBe(false);
    expect(result.steps.map((s) => [s.step_name, s.passed])).toEqual([
      ['Connection', true],
      ['Handshake with Ping', true],
      ['First Ping Received', false],
    ]);
    expect(result.steps[2]!.error).toMatch(
      /^no Ping within 1000 ms of the handshake; the server closed the connection/,
    );
  });
});

describe('client mode judges our own client', () => {
  const connectOurs = async (url: string, reconnect = false) => {
    const client = new ButtplugClient('buttplug-actors client', { requestTimeoutMs: 3_000 });
    await client.connect(new WebSocketConnector(url, reconnect ? { reconnect: { initialDelayMs: 100 } } : {}));
    onCleanup(() => client.disconnect());
    return client;
  };
  const scanOurs = async (client: ButtplugClient) => {
    const all = new Promise<void>((resolve) => {
      const check = () => client.devices.length === 3 && resolve();
      client.on('deviceadded', check);
    });
    await client.startScanning();
    await all;
    return [0, 1, 2].map((index) => client.devices.find((d) => d.index === index)!);
  };

  it('ping_required: it pings on time, through the handshake and the scan', async () => {
    const result = await judge('ping_required', async (url) => {
      const client = await connectOurs(url);
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      await scanOurs(client);
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      await client.disconnect();
    });
    expect(failures(result)).toEqual([]);
  });

  it('reconnection: its reconnecting connector brings it back by itself', async () => {
    const result = await judge('reconnection', async (url) => {
      const client = await connectOurs(url, true);
      await scanOurs(client);
      await new Promise<void>((resolve) => client.once('reconnected', () => resolve()));
      const [vibrator] = await scanOurs(client);
      await vibrator!.sendOutputs([{ featureIndex: 0, command: { Vibrate: { Value: 40 } } }]);
      await client.disconnect();
    });
    expect(failures(result)).toEqual([]);
  });

  it('ping_timeout: a client that pings cannot be timed out, and the step says why', async () => {
    const result = await judge(
      'ping_timeout',
      async (url) => {
        const client = await connectOurs(url);
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        await client.disconnect();
      },
      { timeoutMs: 1_000 },
    );
    expect(result.steps[2]).toMatchObject({
      step_name: 'Wait for Ping Timeout',
      passed: false,
      error: 'the client sent Ping; in ping_timeout it must stay silent so the server times it out',
    });
  });
});

describe('client mode catches clients with planted bugs', () => {
  const raw = async (url: string) => {
    const socket = await RawWebSocket.open(url);
    onCleanup(async () => socket.socket.terminate());
    return socket;
  };

  it('a client that does not start with RequestServerInfo fails the handshake, and the sequence stops there', async () => {
    const result = await judge('core_protocol', async (url) => {
      const socket = await raw(url);
      socket.send(JSON.stringify([{ RequestDeviceList: { Id: 1 } }]));
      await socket.log.next('Error');
    });
    expect(result.steps.at(-1)).toMatchObject({
      step_name: 'Handshake',
      passed: false,
      error: 'the client\'s first message was {"RequestDeviceList":{"Id":1}}, not RequestServerInfo',
    });
    expect(result.steps).toHaveLength(2);
  });

  it("a client that sends a value outside the feature range fails that output step, with the server's Error", async () => {
    const result = await judge(
      'core_protocol',
      async (url) => {
        const socket = await raw(url);
        await socket.handshake();
        socket.send(JSON.stringify([{ StartScanning: { Id: 2 } }]));
        await socket.log.next('DeviceList', (b) => Object.keys(b['Devices'] as object).length === 3);
        socket.send(
          JSON.stringify([
            { OutputCmd: { Id: 3, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 150 } } } },
          ]),
        );
        await socket.log.next('Error', (b) => b['Id'] === 3);
      },
      { timeoutMs: 200 },
    );
    const step = result.steps.find((s) => s.step_name === 'Vibrate Command (Device 0, Feature 0)')!;
    expect(step.passed).toBe(false);
    expect(step.error).toMatch(/^the server answered Error 4 \(.*150.*\) to the client's \{"OutputCmd"/);
  });

  it('a client that commands a device after it was removed fails the removal step', async () => {
    const result = await judge(
      'core_protocol',
      async (url) => {
        const socket = await raw(url);
        await socket.handshake();
        socket.send(JSON.stringify([{ StartScanning: { Id: 2 } }]));
        await socket.log.next('DeviceList', (b) => Object.keys(b['Devices'] as object).length === 3);
        socket.send(JSON.stringify([{ StopCmd: { Id: 3 } }]));
        await socket.log.next('DeviceList', withoutDevice1, 10_000, socket.log.messages.length);
        socket.send(
          JSON.stringify([
            { OutputCmd: { Id: 4, DeviceIndex: 1, FeatureIndex: 2, Command: { Oscillate: { Value: 10 } } } },
          ]),
        );
        await socket.log.next('Error', (b) => b['Id'] === 4);
      },
      { timeoutMs: 300 },
    );
    expect(result.steps.at(-1)).toMatchObject({ step_name: 'Device Removal (Device 1)', passed: false });
    expect(result.steps.at(-1)!.error).toMatch(/^after device 1 was removed the client sent \{"OutputCmd":\{"Id":4/);
  });

  it('a client that hangs up on an Error fails "Valid Command After Error"', async () => {
    const result = await judge(
      'error_handling',
      async (url) => {
        const socket = await raw(url);
        await socket.handshake();
        socket.send(JSON.stringify([{ StartScanning: { Id: 2 } }]));
        await socket.log.next('DeviceList', (b) => Object.keys(b['Devices'] as object).length === 3);
        socket.send(
          JSON.stringify([
            { OutputCmd: { Id: 3, DeviceIndex: 99, FeatureIndex: 0, Command: { Vibrate: { Value: 5 } } } },
          ]),
        );
        await socket.log.next('Error', (b) => b['Id'] === 3);
        socket.socket.close();
        await socket.closed;
      },
      { timeoutMs: 500 },
    );
    expect(result.steps.find((s) => s.step_name === 'Valid Command After Error')).toMatchObject({
      passed: false,
      error: 'the client disconnected after the error',
    });
  });
});

describe('client mode without --client-driven (upstream default: the harness speaks for the client)', () => {
  it('a client that only connects passes core_protocol: the harness sent every request in its name', async () => {
    const result = await judge(
      'core_protocol',
      async (url) => {
        const socket = await raw(url);
        await socket.log.next('DeviceList', (b) => Object.keys(b['Devices'] as object).length === 3, 5_000);
        await socket.log.next('DeviceList', withoutDevice1, 10_000, socket.log.messages.length);
        socket.socket.close();
      },
      { clientDriven: false },
    );
    expect(failures(result)).toEqual([]);
  });

  it('replies to what the harness sent never reach the client; events do', async () => {
    const seen: string[] = [];
    await judge(
      'error_handling',
      async (url) => {
        const socket = await raw(url);
        socket.socket.on('message', (data) =>
          seen.push(...(JSON.parse(String(data)) as object[]).map((m) => Object.keys(m)[0]!)),
        );
        socket.send(handshakeFrame(1));
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        socket.socket.close();
      },
      { clientDriven: false, timeoutMs: 500 },
    );
    expect(seen).toContain('DeviceList');
    expect(seen).not.toContain('Ok');
    expect(seen).not.toContain('ServerInfo');
  });

  const raw = async (url: string) => {
    const socket = await RawWebSocket.open(url);
    onCleanup(async () => socket.socket.terminate());
    return socket;
  };
});
