/**
 * Server mode's property-based check: fast-check generates sequences of requests (valid outputs within
 * each feature's range, near misses, hostile frames, stops, pings, reads), sends each sequence
 * back to back on a fresh session, and judges the server with the spec model and the oracles:
 *
 * - every request answered as the model says (Ok / Error of the right code / DeviceList...);
 * - every Id answered exactly once, the session alive at the end;
 * - with dialed devices: once the commands settle, each device holds the last value sent (latest
 *   wins), and when the client leaves every device stops within 1 s.
 *
 * A failure is shrunk to the shortest sequence that still fails and reported with the seed that
 * replays it (`--seed S --runs N`).
 */
import fc from 'fast-check';
import { messageOf } from '../../../protocols/core/errorText.js';
import { idsAnsweredOnce, latestValueWins, stoppedWithin } from '../../../protocols/safety/observedRules.js';
import { messageBody, messageId, messageName, type WireMessage } from '../wire.js';
import { describeLevels, isRunning } from './lovenseLevels.js';
import { describeRequest, missingOutputType, requestFrame } from './requestFrames.js';
import type { CheckOutcome, ServerCheck } from './serverChecks.js';
import { failed, passed, STOP_WITHIN_MS } from './serverChecks.js';
import type { ServerTarget } from './serverTarget.js';
import {
  applyRequest,
  expectationOf,
  isStoppable,
  judgeReply,
  outputKey,
  type ModelDevice,
  type ModelRequest,
} from './specModel.js';

const MAX_REQUESTS = 12;
/** Longest HwPositionWithDuration generated: strokes longer than this only slow the runs down. */
const MAX_DURATION_MS = 1_000;

const HOSTILE = ['unparseable', 'notArray', 'unknownMessage', 'reservedId'] as const;

/** Requests for these devices (`all`: every device the server lists, to find an index nobody has). */
export const requestArbitrary = (
  devices: readonly ModelDevice[],
  all: readonly ModelDevice[],
): fc.Arbitrary<ModelRequest> => {
  const unknownDevice = Math.max(-1, ...all.map((d) => d.index)) + 1_000;
  const outputs = devices.flatMap((d) => d.outputs);
  const reads = devices.flatMap((d) => d.inputs).filter((input) => input.commands.includes('Read'));
  const choices: fc.WeightedArbitrary<ModelRequest>[] = [
    { weight: 1, arbitrary: fc.constant<ModelRequest>({ kind: 'ping' }) },
    { weight: 1, arbitrary: fc.constant<ModelRequest>({ kind: 'deviceList' }) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE).map((frame): ModelRequest => ({ kind: 'hostile', frame })) },
    { weight: 1, arbitrary: fc.constant<ModelRequest>({ kind: 'unknownDevice', device: unknownDevice }) },
    { weight: 1, arbitrary: fc.constant<ModelRequest>({ kind: 'stop' }) },
  ];
  if (outputs.length > 0) {
    const anyOutput = fc.constantFrom(...outputs);
    choices.push(
      {
        weight: 10,
        arbitrary: anyOutput.chain((output) =>
          fc
            .tuple(
              fc.integer({ min: output.range[0], max: output.range[1] }),
              output.duration
                ? fc.integer({
                    min: output.duration[0],
                    max: Math.max(output.duration[0], Math.min(output.duration[1], MAX_DURATION_MS)),
                  })
                : fc.constant(undefined),
            )
            .map(([value, duration]): ModelRequest => ({
              kind: 'output',
              output,
              value,
              ...(duration !== undefined ? { duration } : {}),
            })),
        ),
      },
      {
        weight: 1,
        arbitrary: anyOutput.chain((output) =>
          fc
            .oneof(
              fc.integer({ min: output.range[1] + 1, max: output.range[1] + 1_000 }),
              ...(output.range[0] < 0 ? [fc.integer({ min: output.range[0] - 1_000, max: output.range[0] - 1 })] : []),
            )
            .map((value): ModelRequest => ({ kind: 'outputOutOfRange', output, value })),
        ),
      },
      {
        weight: 1,
        arbitrary: anyOutput.map((output): ModelRequest => {
          const type = missingOutputType(
            outputs.filter((o) => o.device === output.device && o.feature === output.feature),
          );
          return type
            ? { kind: 'wrongOutputType', output, type }
            : { kind: 'outputOutOfRange', output, value: output.range[1] + 1 };
        }),
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom(...devices).map((device): ModelRequest => ({
          kind: 'unknownFeature',
          device: device.index,
          feature: Math.max(-1, ...device.featureIndexes) + 10,
        })),
      },
      {
        weight: 2,
        arbitrary: fc.constantFrom(...devices).map((device): ModelRequest => ({ kind: 'stop', device: device.index })),
      },
    );
    const unsignedOutputs = outputs.filter((o) => o.range[0] >= 0 && o.type !== 'HwPositionWithDuration');
    if (unsignedOutputs.length > 0)
      choices.push({
        weight: 1,
        arbitrary: fc
          .constantFrom(...unsignedOutputs)
          .map((output): ModelRequest => ({ kind: 'negativeValue', output })),
      });
  }
  if (reads.length > 0)
    choices.push({
      weight: 1,
      arbitrary: fc.constantFrom(...reads).map((input): ModelRequest => ({ kind: 'read', input })),
    });
  return fc.oneof(...choices);
};

/** One generated sequence against the server; what went wrong (empty when the server got it all right). */
export const runSequence = async (target: ServerTarget, requests: readonly ModelRequest[]): Promise<string[]> => {
  const session = await target.session();
  const { connection, serverInfo } = session;
  const problems: string[] = [];
  const from = connection.received.length;
  const sentFrom = connection.sent.length;
  const sent = requests.map((request) => {
    const id = connection.takeId();
    connection.send(requestFrame(request, id));
    return { request, id };
  });
  // Replies: by Id; hostile frames may be answered with Id 0, matched in order.
  const deadline = performance.now() + connection.timeoutMs;
  const claimed = new Set<WireMessage>();
  const replies = new Map<number, WireMessage>();
  for (const { request, id } of sent) {
    const expectation = expectationOf(request, serverInfo.maxPingTime);
    const reply = await connection.waitFor(
      (m) =>
        messageId(m) === id ||
        (expectation.idZero === true && messageId(m) === 0 && messageName(m) === 'Error' && !claimed.has(m)),
      Math.max(0, deadline - performance.now()),
      from,
    );
    if (reply) {
      claimed.add(reply.message);
      replies.set(id, reply.message);
    }
    const problem = judgeReply(
      expectation,
      reply ? { name: messageName(reply.message), body: messageBody(reply.message) } : undefined,
    );
    if (problem) problems.push(`${describeRequest(request)}: ${problem}`);
  }
  let held = new Map<string, number>();
  for (const { request, id } of sent) {
    const reply = replies.get(id);
    if (reply && messageName(reply) === 'Ok') held = applyRequest(held, request, target.devices);
  }
  if (!connection.open)
    problems.push(
      `the server closed the connection (${connection.closed?.reason || `code ${connection.closed?.code}`})`,
    );

  if (target.dialed.length > 0) {
    // Let the last commands through the gap before looking at the devices.
    await connection.sleep(Math.max(0, ...target.commandable.map((d) => d.gapMs)) + 300);
    problems.push(...heldByDevices(target, held));
  }

  const toOracle = (at: number, m: WireMessage) => ({ at, name: messageName(m), id: messageId(m) });
  problems.push(
    ...idsAnsweredOnce(
      connection.sent.slice(sentFrom).flatMap((s) => s.messages.map((m) => toOracle(s.at, m))),
      connection.received.slice(from).map((r) => toOracle(r.at, r.message)),
    ),
  );

  const leftAt = performance.now();
  await session.close();
  problems.push(...(await stoppedAfterLeaving(target, leftAt)));
  return problems;
};

/** Latest value wins: each dialed device runs exactly as the last accepted commands say. */
const heldByDevices = (target: ServerTarget, held: ReadonlyMap<string, number>): string[] =>
  target.dialed.flatMap((device) => {
    const model = target.modelOf(device);
    if (!model || !device.connected) return [];
    const stoppable = model.outputs.filter((o) => isStoppable(o.type));
    const expected = new Map(stoppable.map((o) => [outputKey(o), held.get(outputKey(o)) ?? 0]));
    const unscaled =
      stoppable.length === model.outputs.length && stoppable.every((o) => o.type === 'Vibrate' && o.range[1] === 20);
    if (unscaled)
      return latestValueWins(
        expected,
        (key) => device.levels.motors[stoppable.findIndex((o) => outputKey(o) === key)] ?? 0,
      ).map((problem) => `device ${device.index}: ${problem}`);
    const shouldRun = [...expected.values()].some((value) => value !== 0);
    return shouldRun === device.running
      ? []
      : [
          `device ${device.index} is ${device.running ? 'running' : 'stopped'} (${describeLevels(device.levels)}), but the last commands say it should ${shouldRun ? 'run' : 'be stopped'}`,
        ];
  });

const stoppedAfterLeaving = async (target: ServerTarget, leftAt: number): Promise<string[]> => {
  const devices = target.dialed.filter((device) => device.connected && device.index !== undefined);
  await Promise.all(devices.map((device) => device.waitUntil((levels) => !isRunning(levels), STOP_WITHIN_MS)));
  return devices.flatMap((device) => {
    const timeline = device.commands.filter((c) => c.output).map((c) => ({ at: c.at, running: isRunning(c.levels) }));
    const problem = stoppedWithin(timeline, leftAt, STOP_WITHIN_MS, performance.now());
    return problem ? [`after the client left, device ${device.index} ${problem}`] : [];
  });
};

export const generatedSequencesCheck: ServerCheck = {
  id: 'generated.sequences',
  title: 'Generated request sequences: replies as the spec says, Ids once, last value wins, stop on leave',
  async run(target): Promise<CheckOutcome> {
    const { runs, seed } = target.options;
    if (runs === 0) return passed('no runs asked for (--runs 0)');
    const devices = target.commandable;
    const property = fc.asyncProperty(
      fc.array(requestArbitrary(devices, target.devices), { minLength: 1, maxLength: MAX_REQUESTS }),
      async (requests) => {
        const problems = await runSequence(target, requests);
        if (problems.length > 0) throw new Error(problems.join('; '));
      },
    );
    const timeLimitMs = Math.max(60_000, runs * 3_000);
    const details = await fc.check(property, {
      numRuns: runs,
      seed,
      plugins: [fc.interruptAfterTimeLimit(timeLimitMs)],
    });
    const replay = `--seed ${seed} --runs ${runs}`;
    if (!details.failed)
      return passed(
        `${details.numRuns} sequences of up to ${MAX_REQUESTS} requests on ${devices.length} devices${details.interrupted ? ` (stopped after ${timeLimitMs} ms)` : ''} (${replay})`,
      );
    const [shortest] = (details.counterexample ?? [[]]) as [readonly ModelRequest[]];
    const counterexample = shortest.map(describeRequest).join(', ');
    return failed(
      `after ${details.numRuns} runs and ${details.numShrinks} shrinks, [${counterexample}]: ${messageOf(details.errorInstance)} (replay: ${replay})`,
    );
  },
};
