/**
 * Devices whose protocol asks the device something while connecting (its model, a pairing, a session
 * key, a challenge) or waits on it connect by name in the test engine: a device simulator answers as
 * the toy would (hardware/simulated/deviceSimulators.ts), on the test clock. Each is driven once and
 * stopped, and its decoded output timeline says so.
 */
import { describe, expect, it } from 'vitest';
import type { OutputType } from '../../protocols/buttplug/featureTypes.js';
import { startTestEngine as start } from '../support/engine.js';

interface Case {
  /** What the test asks for: an advertised name or a product name. */
  readonly name: string;
  readonly model?: string;
  readonly protocol: string;
  /** The product the engine lists. */
  readonly product: string;
  /** When the handshake is done, on the test clock (its own waits, or its answers' 1 ms each). */
  readonly connectedAt: number;
  readonly type: OutputType;
  /** The command's value, in the feature's steps (and the duration of a stroke). */
  readonly value: number;
  readonly duration?: number;
  /** What the device holds then, decoded from its writes (hardware units). */
  readonly decoded: number;
}

const cases: readonly Case[] = [
  {
    name: 'Satisfyer Hot Spot',
    protocol: 'satisfyer',
    product: 'Satisfyer Hot Spot',
    connectedAt: 0,
    type: 'Vibrate',
    value: 40,
    decoded: 40,
  },
  { name: 'DSJM', protocol: 'ankni', product: 'Roselex Device', connectedAt: 0, type: 'Vibrate', value: 2, decoded: 2 },
  // Woken, then 3 s before it takes commands.
  {
    name: 'CG-CONE',
    protocol: 'cowgirl-cone',
    product: 'The Cowgirl Cone',
    connectedAt: 3_000,
    type: 'Vibrate',
    value: 64,
    decoded: 64,
  },
  // 55 speed-down presses 60 ms apart bring it to its floor; then one speed step per 200 ms (3 steps).
  {
    name: 'FM-G',
    protocol: 'fmachine',
    product: 'F-Machine Gigolo BT-R',
    connectedAt: 3_300,
    type: 'Oscillate',
    value: 3,
    decoded: 3,
  },
  // It may say hello first: an awake one does not, so the engine sits out 500 ms of silence.
  {
    name: 'YXlinksSPP',
    protocol: 'fredorch',
    product: 'Fredorch Device',
    connectedAt: 505,
    type: 'HwPositionWithDuration',
    value: 10,
    duration: 800,
    decoded: 10,
  },
  // Three acknowledged frames; after the password it is silent for 100 ms.
  {
    name: 'M1_Device',
    protocol: 'fredorch-rotary',
    product: 'Fredorch Rotary Device',
    connectedAt: 103,
    type: 'Oscillate',
    value: 4,
    decoded: 4,
  },
  // Every Hismith advertises HISMITH: the model comes from its model-number read.
  {
    name: 'Hismith Capsule',
    protocol: 'hismith',
    product: 'Hismith Capsule',
    connectedAt: 0,
    type: 'Oscillate',
    value: 30,
    decoded: 30,
  },
  {
    name: 'HISMITH',
    model: 'Hismith Thrusting Cup',
    protocol: 'hismith',
    product: 'Hismith Thrusting Cup',
    connectedAt: 0,
    type: 'Oscillate',
    value: 30,
    decoded: 30,
  },
  {
    name: 'Eropair SexMachine',
    model: 'Auxfun Sex Machine',
    protocol: 'hismith-mini',
    product: 'Auxfun Sex Machine',
    connectedAt: 0,
    type: 'Oscillate',
    value: 55,
    decoded: 55,
  },
  // The session key arrives 1 ms after it is asked for; every frame is signed with it.
  {
    name: 'HPB-274',
    protocol: 'honeyplaybox',
    product: 'Honey Play Box Kaipro',
    connectedAt: 1,
    type: 'Vibrate',
    value: 70,
    decoded: 70,
  },
  // "Not authorised" and the password 1 ms after subscribing; "authorised" 1 ms after the password came back.
  {
    name: 'F1SV2A',
    protocol: 'lelo-f1sv2',
    product: 'Lelo F1s V2',
    connectedAt: 2,
    type: 'Vibrate',
    value: 25,
    decoded: 25,
  },
  {
    name: 'TOR3',
    protocol: 'lelo-harmony',
    product: 'Lelo Tor 3',
    connectedAt: 2,
    type: 'Vibrate',
    value: 25,
    decoded: 25,
  },
  // The model's name read, then its challenge answered.
  {
    name: 'Sistalk MonsterPub 2 Doctor Whale',
    protocol: 'monsterpub',
    product: 'Sistalk MonsterPub 2 Doctor Whale',
    connectedAt: 0,
    type: 'Vibrate',
    value: 60,
    decoded: 60,
  },
  // Its info record's device type goes into every packet.
  {
    name: 'CCPA10S2',
    protocol: 'sensee-v2',
    product: 'Sensee Capsule',
    connectedAt: 0,
    type: 'Vibrate',
    value: 33,
    decoded: 33,
  },
  // Battery and capabilities asked, each answered 1 ms later.
  {
    name: 'OHD_hw4_a1b2',
    protocol: 'thehandy-v3',
    product: 'The Handy 2 Pro',
    connectedAt: 2,
    type: 'HwPositionWithDuration',
    value: 80,
    duration: 400,
    decoded: 80,
  },
  // Auth: asked, a challenge set, answered, accepted: 1 ms for each answer.
  {
    name: 'Janna',
    protocol: 'vibcrafter',
    product: 'VibCrafter Janna',
    connectedAt: 2,
    type: 'Vibrate',
    value: 45,
    decoded: 45,
  },
  {
    name: 'Clara_Vibio',
    protocol: 'vibio',
    product: 'Vibio Clara',
    connectedAt: 2,
    type: 'Vibrate',
    value: 45,
    decoded: 45,
  },
  {
    name: 'Vibratissimo',
    model: 'Vibratissimo Rabbit',
    protocol: 'vibratissimo',
    product: 'Vibratissimo Rabbit',
    connectedAt: 0,
    type: 'Vibrate',
    value: 200,
    decoded: 200,
  },
];

describe('named devices whose protocol has a handshake', () => {
  it.each(cases)('$protocol: $name connects as $product, is driven and stops', async (c) => {
    const engine = await start({
      devices: [c.model ? { name: c.name, model: c.model } : c.name],
      websocket: false,
    });
    const client = await engine.connectClient();
    const [toy] = await engine.scan(client, 1);
    expect(toy!.name).toBe(c.product);
    const connectedAt = engine.now();
    expect(connectedAt).toBe(c.connectedAt);
    const feature = toy!.features.find((f) => f.outputs.has(c.type))!;
    await engine.advance(100);
    const command =
      c.type === 'HwPositionWithDuration'
        ? { HwPositionWithDuration: { Value: c.value, Duration: c.duration } }
        : { [c.type]: { Value: c.value } };
    await toy!.sendOutputs([{ featureIndex: feature.index, command: command as never }]);
    await engine.advance(1_000);
    const device = engine.device(0);
    expect(device.valueOf(feature.index, c.type)).toBe(c.decoded);
    await client.stopAllDevices();
    await engine.advance(1_000);
    expect(device.undecoded).toEqual([]);
    const changes = device.outputs.filter((change) => change.feature === feature.index);
    expect(changes[0]!.at).toBe(connectedAt + 100);
    if (c.type === 'HwPositionWithDuration') {
      // A position is where the device is, not a motion to stop: it stays.
      expect(changes.map((change) => change.value)).toEqual([c.decoded]);
    } else {
      expect(changes.at(-1)).toMatchObject({ value: 0 });
      expect(changes.at(-1)!.at).toBeLessThanOrEqual(connectedAt + 1_100 + 200);
    }
    expect(device.running).toBe(false);
    expect(engine.checkSafety()).toEqual([]);
    expect(engine.safetyViolations).toBe(0);
  });
});
