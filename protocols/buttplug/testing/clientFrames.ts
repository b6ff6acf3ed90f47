/**
 * fast-check arbitraries for what clients send a server, from well-formed to hostile, for property
 * tests of whole engines (ours, and through `buttplug-actors/testing`, anyone's).
 *
 * Each frame says what a correct server answers, so a test can hold it to exactly one answer per Id:
 * - `nearValidFrame`: one message with a fresh Id that is wrong in a way a client could get wrong
 *   (unknown device, value out of range, a field missing or mistyped, an unknown message): answered
 *   with exactly one `Error` carrying that Id;
 * - `hostileFrame`: frames no client should send (nested thousands deep, tens of thousands of
 *   elements, huge strings, not JSON, not an array): answered with exactly one `Error` with Id 0 (or,
 *   for some, nothing), and never anything else.
 */
import fc from 'fast-check';

/** A frame to send, built around the fresh Id the test gives it. */
export interface TestFrame {
  readonly label: string;
  readonly text: (id: number) => string;
}

const outputCmd = (id: number, device: number, feature: number, command: unknown) =>
  JSON.stringify([{ OutputCmd: { Id: id, DeviceIndex: device, FeatureIndex: feature, Command: command } }]);

/** A message the server must answer with one Error carrying its Id. */
export const nearValidFrame: fc.Arbitrary<TestFrame> = fc.oneof(
  fc.integer({ min: 50, max: 0xffff }).map((device) => ({
    label: `OutputCmd to unknown device ${device}`,
    text: (id: number) => outputCmd(id, device, 0, { Vibrate: { Value: 1 } }),
  })),
  fc.integer({ min: 21, max: 1_000_000 }).map((value) => ({
    label: `Vibrate ${value}, above the range`,
    text: (id: number) => outputCmd(id, 0, 0, { Vibrate: { Value: value } }),
  })),
  fc.integer({ min: -1_000, max: -1 }).map((value) => ({
    label: `Vibrate ${value}, below the range`,
    text: (id: number) => outputCmd(id, 0, 0, { Vibrate: { Value: value } }),
  })),
  fc.integer({ min: 9, max: 1_000 }).map((feature) => ({
    label: `OutputCmd to unknown feature ${feature}`,
    text: (id: number) => outputCmd(id, 0, feature, { Vibrate: { Value: 1 } }),
  })),
  fc.constantFrom(
    {
      label: 'OutputCmd without Command',
      text: (id: number) => JSON.stringify([{ OutputCmd: { Id: id, DeviceIndex: 0, FeatureIndex: 0 } }]),
    },
    { label: 'Value as a string', text: (id: number) => outputCmd(id, 0, 0, { Vibrate: { Value: '5' } }) },
    { label: 'Value as a float', text: (id: number) => outputCmd(id, 0, 0, { Vibrate: { Value: 2.5 } }) },
    { label: 'an unknown output', text: (id: number) => outputCmd(id, 0, 0, { Wiggle: { Value: 2 } }) },
    {
      label: 'two outputs in one command',
      text: (id: number) => outputCmd(id, 0, 0, { Vibrate: { Value: 2 }, Rotate: { Value: 2 } }),
    },
    { label: 'an unknown message', text: (id: number) => JSON.stringify([{ VibrateHarder: { Id: id } }]) },
    { label: 'an extra field', text: (id: number) => JSON.stringify([{ Ping: { Id: id, Extra: true } }]) },
    {
      label: 'a second handshake',
      text: (id: number) =>
        JSON.stringify([
          { RequestServerInfo: { Id: id, ClientName: 'again', ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 } },
        ]),
    },
    {
      label: 'a legacy message',
      text: (id: number) =>
        JSON.stringify([{ VibrateCmd: { Id: id, DeviceIndex: 0, Speeds: [{ Index: 0, Speed: 0.5 }] } }]),
    },
    {
      label: 'InputCmd for an input the device lacks',
      text: (id: number) =>
        JSON.stringify([{ InputCmd: { Id: id, DeviceIndex: 0, FeatureIndex: 0, Type: 'Pressure', Command: 'Read' } }]),
    },
    {
      label: 'StopCmd for an unknown device',
      text: (id: number) => JSON.stringify([{ StopCmd: { Id: id, DeviceIndex: 4242 } }]),
    },
  ),
);

const nested = (levels: number, inner: string) => '['.repeat(levels) + inner + ']'.repeat(levels);

/** A frame no client should send: the server answers with at most one Error, Id 0, and lives on. */
export const hostileFrame: fc.Arbitrary<TestFrame> = fc.oneof(
  fc.integer({ min: 33, max: 60_000 }).map((levels) => ({
    label: `a Ping Id nested ${levels} deep`,
    text: () => `[{"Ping":{"Id":${nested(levels, '1')}}}]`,
  })),
  fc.integer({ min: 33, max: 20_000 }).map((levels) => ({
    label: `an OutputCmd Value nested ${levels} deep`,
    text: () =>
      `[{"OutputCmd":{"Id":0,"DeviceIndex":0,"FeatureIndex":0,"Command":{"Vibrate":{"Value":${nested(levels, '5')}}}}}]`,
  })),
  fc.integer({ min: 1_025, max: 60_000 }).map((count) => ({
    label: `${count} elements`,
    text: () => `[${new Array<string>(count).fill('0').join(',')}]`,
  })),
  fc.integer({ min: 1_025, max: 20_000 }).map((length) => ({
    label: `a ${length}-character string`,
    text: () => `[{"Ping":{"Id":0,"Pad":"${'x'.repeat(length)}"}}]`,
  })),
  fc.constantFrom(
    { label: 'not JSON', text: () => '[{"Ping":' },
    { label: 'not an array', text: () => '{"Ping":{"Id":0}}' },
    { label: 'null', text: () => 'null' },
    { label: 'an empty array', text: () => '[]' },
    { label: 'a number', text: () => '12' },
    { label: 'arrays back to back, one broken', text: () => '[{"Ping":{"Id":0}}][' },
  ),
);
