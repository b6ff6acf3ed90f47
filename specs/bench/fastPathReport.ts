/**
 * The fast-path section of BENCHMARKS.md: the figures, the safety rules under load, how each figure was
 * taken, and what the profiles say. `--check` reads the ratios back from this section.
 */
import { FACTS_HEADER, FIGURES_HEADER, factRow, figureRow } from './figures.js';
import type { FastPathResults } from './fastPath.js';
import { PROFILE_NOTES } from './profileNotes.js';

export const FAST_PATH_HEADING = '## Fast path: a command costs what the wire costs';

export const fastPathSection = (results: FastPathResults): string =>
  [
    FAST_PATH_HEADING,
    '',
    'Written by `npm run bench`; `npm run bench -- --check` runs them again and fails',
    'when a ratio is more than 25% worse than here (a failing figure is measured a second time and fails only',
    'if it fails both times). `--check --short` checks only the `CI:` rows (`specs/bench/ciFigures.ts`): counts',
    'that load cannot move (XState events per command, DeviceList messages) and one CPU ratio of two things',
    'measured back to back in one process (median of 9 rounds), in about 20 s. Ratios are measured / baseline,',
    'both taken in the same run on the same machine.',
    '',
    ...FIGURES_HEADER,
    ...results.figures.map(figureRow),
    '',
    ...FACTS_HEADER,
    ...results.facts.map(factRow),
    '',
    '### How each figure is taken',
    '',
    'Every server runs in a child process of its own (`specs/bench/baselineHost.ts`, `engineHost.ts`, `inProcessHost.ts`);',
    'clients and WebSocket devices run in the benchmark process, so a client send and a device arrival are',
    'read off one clock (`performance.now()`). On a shared machine wall-clock figures are noisy, so',
    'baseline and engine take turns in rounds and each figure is the median of the rounds.',
    '',
    '- **Latency**: an OutputCmd in a frame of its own, until the Lovense bytes arrive at a device connected',
    '  to the device WebSocket server; the next is sent once both the device has its bytes and the client',
    '  its Ok. Baseline: a relay process that passes the frame as it is to its device socket and answers Ok',
    '  (two raw `ws` hops). p50 and p99 of each round of 1,000, median of 5 rounds.',
    '- **Bursts**: 200 OutputCmds sent back to back, one per frame, to a gap-0 WebSocket device and to one',
    '  with a 50 ms message gap (a user setting); the figure is the time from the last send until the',
    '  device has the last level, against the same burst through the relay. Median of 5 rounds.',
    '- **Throughput**: requests per second with one (request/response) or 64 (pipelined) requests in',
    '  flight, against the minimal correct server (`minimalServer.ts`: JSON.parse, field checks, one device',
    '  write, Ok) in its own process; the engine drives a simulated Lovense Edge. Server CPU per request',
    '  is `process.cpuUsage()` of the server process over the run: load on the machine disturbs it far',
    '  less than wall-clock rates, so it is the figure to trust when they disagree. Median of 5 rounds.',
    '- **In-process CPU**: `process.cpuUsage()` over 2,000 sequential OutputCmds, each',
    '  written to a simulated Edge and answered, through `ButtplugServer.connect` with text frames; the',
    '  baseline is the minimal server handling the same frames in the same process; median of 5 rounds',
    '  taken in turns. 100 engines: 1,000 commands spread round-robin over 100',
    '  engines (each with its own device and session) against as many to one engine, in turns.',
    '- **Scale**: 1,000 simulated Edges; the time from sending StartScanning until a DeviceList naming all',
    '  of them arrives, the DeviceList bytes and messages received meanwhile, and RequestDeviceList round',
    '  trips (median of 30). The baseline for both times is the minimal server answering a',
    '  RequestDeviceList with the very same text: what moving the list over the wire costs.',
    '- **Heap**: `heapUsed` after three full collections (`--expose-gc`) in the host, before and after: 200',
    '  idle handshaken sessions of one engine (after 20 made and dropped first), 100 bare engines (after 10),',
    '  1,000 devices of a second engine built after the timed scan, so that compiling their code is not',
    '  counted; the baseline is one connection to a bare `ws` server, measured the same way.',
    '',
    PROFILE_NOTES,
    '',
  ].join('\n');

/** BENCHMARKS.md with its fast-path section replaced (or added at the end). */
export const withFastPathSection = (markdown: string, section: string): string => {
  const start = markdown.indexOf(FAST_PATH_HEADING);
  if (start < 0) return `${markdown.trimEnd()}\n\n${section}`;
  const next = markdown.indexOf('\n## ', start + FAST_PATH_HEADING.length);
  return `${markdown.slice(0, start)}${section}${next < 0 ? '' : markdown.slice(next + 1)}`;
};
