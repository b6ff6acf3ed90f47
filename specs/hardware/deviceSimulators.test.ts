/**
 * The device simulators answer a protocol's handshake as the toy would, and only a right one: a wrong
 * request gets no answer (or the device hangs up), so a protocol bug shows up as a failed connection.
 * The engine's own protocol functions play the engine's side here.
 */
import { describe, expect, it } from 'vitest';
import { ButtplugClient } from '../../actors/client/buttplugClient.js';
import { ButtplugServer } from '../../actors/engine/buttplugServer.js';
import { TestClock } from '../../actors/testing/testClock.js';
import { simulatorFor } from '../../hardware/simulated/deviceSimulators.js';
import { SimulatedDcm } from '../../hardware/simulated/simulatedDcm.js';
import { SimulatedHardware } from '../../hardware/simulated/simulatedHardware.js';
import { SENSEE_DEVICE_TYPE } from '../../hardware/simulated/modelNumberSimulators.js';
import type { Endpoint } from '../../protocols/config/endpoints.js';
import { ankniHandshake } from '../../protocols/devices/ankni/ankniProtocol.js';
import {
  authenticationRequest,
  decrypt as decryptFluffer,
  encrypt as encryptFluffer,
  flufferAdvertisement,
} from '../../protocols/devices/fluffer/flufferProtocol.js';
import { handshakeFrame, parseReply } from '../../protocols/devices/honeyplaybox/honeyplayboxFrames.js';
import { builtinProtocols } from '../../protocols/devices/index.js';
import { monsterpubAuthentication } from '../../protocols/devices/monsterpub/monsterpubProtocol.js';
import { strokeRequest } from '../../protocols/devices/thehandy/thehandyV3Protocol.js';
import { challengeAnswer, decrypt, encrypt } from '../../protocols/devices/vibcrafter/vibcrafterProtocol.js';
import { vibcrafterScheme } from '../../protocols/devices/vibcrafter/vibcrafterScheme.js';
import { vibcrafterDevices } from '../../protocols/devices/vibcrafter/vibcrafterDevices.js';
import { crc16Modbus } from '../../protocols/devices/shared/checksums.js';
import { EmbeddedConnector } from '../../transports/embeddedConnector.js';

/** A connection to the simulated toy advertising `name`, and what it says on any endpoint. */
const connect = (name: string, endpoints: readonly Endpoint[], product?: string) => {
  const clock = new TestClock();
  const simulator = simulatorFor(name, product);
  expect(simulator, `a simulator for ${name}`).toBeDefined();
  const device = new SimulatedHardware({ name, address: 'AA:BB:CC:00:11:22', endpoints, simulator: simulator!, clock });
  const heard: { endpoint: Endpoint; data: number[] }[] = [];
  device.onEvent((event) => {
    if (event.type === 'notification') heard.push({ endpoint: event.endpoint, data: [...event.data] });
  });
  /** Writes, then lets the device answer (its answers come 1 ms later). */
  const say = async (endpoint: Endpoint, data: readonly number[] | Uint8Array) => {
    await device.write(endpoint, Uint8Array.from(data), false);
    await clock.advance(5);
  };
  return { device, heard, say, clock, simulator: simulator! };
};

const ascii = (text: string) => [...new TextEncoder().encode(text)];

describe('device simulators', () => {
  it('say what model they are where the protocol reads it, as the product asked for', async () => {
    const read = async (name: string, endpoint: Endpoint, product?: string) => [
      ...(await connect(name, [endpoint], product).device.read(endpoint, { timeoutMs: 10 })),
    ];
    // Satisfyer Hot Spot is model 10005: 0x00002715, big-endian.
    expect(await read('SF HotSpot', 'rxblemodel')).toEqual([0x00, 0x00, 0x27, 0x15]);
    expect(await read('HISMITH', 'rxblemodel', 'Hismith Capsule')).toEqual([0x10, 0x03]);
    expect(await read('Vibratissimo', 'rxblemodel', 'Vibratissimo Rabbit')).toEqual(ascii('Rabbit'));
    expect(await read('MonsterPub', 'rxblemodel', 'Sistalk MonsterPub 2 Doctor Whale')).toEqual(ascii('MP2_JK_N_P1'));
    expect((await read('CCPA10S2', 'tx'))[6]).toBe(SENSEE_DEVICE_TYPE);
    // Nothing on characteristics the toy does not answer on: the read times out.
    await expect(connect('SF HotSpot', ['rxblemodel', 'tx']).device.read('tx', { timeoutMs: 0 })).rejects.toThrow(
      /timed out/,
    );
  });

  it('MonsterPub: a right answer to its challenge keeps the link; a wrong one and it hangs up', async () => {
    for (const right of [true, false]) {
      const { device, say } = connect('MonsterPub', ['rxblemodel', 'rx', 'tx'], 'Sistalk MonsterPub 2 Doctor Whale');
      const answer = monsterpubAuthentication(await device.read('rx', { timeoutMs: 10 })) as number[];
      await say('rx', right ? answer : answer.map((byte) => byte ^ 1));
      expect(device.connected).toBe(right);
    }
  });

  it('Lelo: reports "not authorised" and its password, and "authorised" only for that password written back unsubscribed', async () => {
    const { device, heard, say, clock } = connect('TOR3', ['whitelist', 'tx']);
    await device.subscribe('whitelist');
    await clock.advance(5);
    expect(heard.map((h) => h.data)).toEqual([[0, 0, 0, 0, 0, 0, 0, 0], expect.any(Array)]);
    const password = heard[1]!.data;
    // Written while subscribed: refused.
    await say('whitelist', password);
    await device.unsubscribe('whitelist');
    await device.subscribe('whitelist');
    await clock.advance(5);
    expect(heard).toHaveLength(2);
    await device.unsubscribe('whitelist');
    await say(
      'whitelist',
      password.map((byte) => byte ^ 0xff),
    );
    await device.subscribe('whitelist');
    await clock.advance(5);
    expect(heard).toHaveLength(2);
    await device.unsubscribe('whitelist');
    await say('whitelist', password);
    await device.subscribe('whitelist');
    await clock.advance(5);
    expect(heard.at(-1)!.data).toEqual([1, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('VibCrafter: sets a challenge for a well-formed Auth, and accepts only its right answer', async () => {
    const { device, heard, say } = connect('Janna', ['rx', 'tx']);
    await device.subscribe('rx');
    await say('tx', encrypt('Auth:abc;')); // a nonce of the wrong length
    expect(heard).toEqual([]);
    await say('tx', encrypt('Auth:a1B2c3;'));
    const challenge = decrypt(Uint8Array.from(heard[0]!.data))!;
    const token = /^[a-zA-Z0-9]{4}:([a-zA-Z0-9]+);$/.exec(challenge)![1]!;
    await say('tx', encrypt(challengeAnswer(`${token}x`)));
    expect(heard).toHaveLength(1);
    await say('tx', encrypt(challengeAnswer(token)));
    expect(decrypt(Uint8Array.from(heard[1]!.data))).toBe('OK;');
  });

  it('Honey Play Box: answers a session-key request with 0x9000 and a key; a frame whose check fails gets nothing', async () => {
    const { device, heard, say } = connect('HPB-274', ['rx', 'tx', 'rxblebattery']);
    await device.subscribe('rx');
    const broken = handshakeFrame(3);
    broken[broken.length - 1]! ^= 0xff;
    await say('tx', broken);
    expect(heard).toEqual([]);
    await say('tx', handshakeFrame(3));
    const reply = parseReply(heard[0]!.data);
    expect(reply?.code).toBe(0x9000);
    expect(reply?.key).toHaveLength(16);
  });

  it('Fredorch: acknowledges a frame whose CRC holds, and nothing else', async () => {
    const { device, heard, say } = connect('YXlinksSPP', ['rx', 'tx']);
    await device.subscribe('rx');
    const frame = [0x01, 0x06, 0x00, 0x64, 0x00, 0x01];
    await say('tx', [...frame, 0x00, 0x00]);
    expect(heard).toEqual([]);
    await say('tx', [...frame, ...crc16Modbus(frame)]);
    expect(heard[0]!.data).toEqual([...frame, ...crc16Modbus(frame)]);
  });

  it('Fredorch rotary: acknowledges valid frames but the password, after which it is silent', async () => {
    const { device, heard, say } = connect('M1_Device', ['rx', 'tx']);
    await device.subscribe('rx');
    await say('tx', [0x55, 0x03, 0x99, 0x9c, 0xaa]);
    await say('tx', [0x55, 0x09, 0x21, 0, 0, 0, 0, 0, 0, 0x2a, 0xaa]);
    await say('tx', [0x55, 0x03, 0x1f, 0x23, 0xaa]); // a wrong check
    expect(heard.map((h) => h.data)).toEqual([[0x55, 0x03, 0x99, 0x9c, 0xaa]]);
  });

  it('Ankni: the handshake from its address keeps the link; a wrong one and it hangs up', async () => {
    for (const right of [true, false]) {
      const { device, say } = connect('DSJM', ['generic0', 'tx']);
      const [first, second] = ankniHandshake(await device.read('generic0', { timeoutMs: 10 }));
      await say('tx', first!);
      await say('tx', right ? second! : second!.map((byte, i) => (i === 2 ? byte ^ 1 : byte)));
      expect(device.connected).toBe(right);
    }
  });

  it('The Handy: answers a request with a response carrying its id; bytes that are no request get nothing', async () => {
    const { device, heard, say } = connect('OHD_hw4_a1b2', ['rx', 'tx']);
    await device.subscribe('rx');
    await say('tx', [0xff, 0xff, 0xff]);
    expect(heard).toEqual([]);
    await say('tx', strokeRequest(9, 50, 100));
    // RpcMessage { type (1): Response = 3, response (4): { id (1): 9, ... } }
    expect(heard[0]!.data.slice(0, 2)).toEqual([0x08, 0x03]);
    expect(heard[0]!.data.slice(4, 6)).toEqual([0x08, 9]);
  });

  it('Fluffer: advertises its key, and accepts only an authentication made with it', async () => {
    const { device, heard, say, simulator } = connect('FDG2G', ['rx', 'tx']);
    await device.subscribe('rx');
    const advertisement = flufferAdvertisement(simulator.manufacturerData)!;
    const request = authenticationRequest([1, 2, 3, 4], advertisement);
    await say('tx', encryptFluffer(request.map((byte, i) => (i === 10 ? byte ^ 1 : byte))));
    expect(heard).toEqual([]);
    await say('tx', encryptFluffer(request));
    expect(decryptFluffer(Uint8Array.from(heard[0]!.data))).toEqual([0xa5, 0x01, 0x01, 0x00]);
  });

  it('a protocol that gets its handshake wrong does not connect (VibCrafter under the wrong key)', async () => {
    const connects = async (key: string) => {
      const clock = new TestClock();
      const right = builtinProtocols.find((protocol) => protocol.name === 'vibcrafter')!;
      const protocol =
        key === 'right'
          ? right
          : {
              ...right,
              ...vibcrafterScheme({
                name: 'VibCrafter',
                key,
                nonceLength: 6,
                challenge: /^[a-zA-Z0-9]{4}:([a-zA-Z0-9]+);$/,
              }),
              config: vibcrafterDevices,
            };
      const server = new ButtplugServer({
        protocols: [protocol],
        deviceCommunicationManagers: [new SimulatedDcm({ devices: [{ name: 'Janna' }], clock })],
        clock,
      });
      const client = new ButtplugClient('test', { clock });
      await client.connect(new EmbeddedConnector(server));
      await client.startScanning();
      await clock.advance(5_000);
      const found = client.devices.map((device) => device.name);
      await client.disconnect();
      const stopped = server.shutdown();
      await clock.advance(5_000);
      await stopped;
      return found;
    };
    expect(await connects('right')).toEqual(['VibCrafter Janna']);
    expect(await connects('0123456789abcdef')).toEqual([]);
  });
});
