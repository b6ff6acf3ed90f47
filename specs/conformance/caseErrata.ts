/**
 * Corrections of case files shown to be wrong in themselves. Each names the file version it was
 * checked against (SHA-256 of its text): a changed file runs as it is. The corrected steps keep the
 * case's intent; the reason says what is wrong, from facts anyone can check, and is printed with
 * the file's result.
 */
import { createHash } from 'node:crypto';
import { parseSteps, type CaseStep, type ConformanceCase } from './caseFile.js';

export interface CaseErratum {
  readonly sha256: string;
  readonly reason: string;
  /** Replacement for the case's `device_commands`, in the case format. */
  readonly deviceCommands: string;
}

const ERRATA: Readonly<Record<string, CaseErratum>> = {
  // Never run by the reference (commented out of its test list).
  'test_cowgirl_cone_protocol.yaml': {
    sha256: '5b66f328475156e8d1d24647c6de8805503e31b84919a3088804c336abee1902',
    reason:
      "its speed bytes do not fit the Cone's vibrate range [0, 128] (device config): 0.5 is 64 (0x40), not 0x32, and 0.75 is 96 (0x60), not 0x40; corrected to those. (It also rests 3 s after its wake-up packet, longer than the reference harness waits for the device.)",
    deviceCommands: `
- !Messages {device_index: 0, messages: [!Vibrate [{Index: 0, Speed: 0.5}]]}
- !Commands {device_index: 0, commands: [!Write {endpoint: tx, data: [0xf1, 0x01, 0x40, 0x00], write_with_response: false}]}
- !Messages {device_index: 0, messages: [!Scalar [{Index: 0, Scalar: 0.75, ActuatorType: Vibrate}]]}
- !Commands {device_index: 0, commands: [!Write {endpoint: tx, data: [0xf1, 0x01, 0x60, 0x00], write_with_response: false}]}
- !Messages {device_index: 0, messages: [!Stop]}
- !Commands {device_index: 0, commands: [!Write {endpoint: tx, data: [0xf1, 0x01, 0x00, 0x00], write_with_response: false}]}
`,
  },
  // Never run by the reference (commented out of its test list).
  'test_fredorch_protocol.yaml': {
    sha256: 'e82d778914d96a975d05013c8077f224b9894ec419a53b8ade3c83982d807bdb',
    reason:
      'its stroke bytes cannot come from the Fredorch handler: positions are sent as position x 10, so 0x4b (75) never occurs (0.51 of [0, 15] is 8 -> 80 for a v4 client, 7 -> 70 for v1-v3 servers), and speed 7 is not what the travel-time table gives for that move in 200 ms (12). Corrected to whole-step positions that every version rounds alike (0.6 -> 9 -> 0x5a at speed 13; 1.0 -> 15 -> 0x96 at speed 20), with their CRCs',
    deviceCommands: `
- !Messages {device_index: 0, messages: [!Linear [{Index: 0, Position: 0.6, Duration: 200}]]}
- !Commands {device_index: 0, commands: [!Write {endpoint: tx, data: [0x01, 0x10, 0x00, 0x6b, 0x00, 0x05, 0x0a, 0x00, 0x0d, 0x00, 0x0d, 0x00, 0x5a, 0x00, 0x5a, 0x00, 0x01, 0x56, 0xdd], write_with_response: false}]}
- !Messages {device_index: 0, messages: [!Linear [{Index: 0, Position: 1.0, Duration: 50}]]}
- !Commands {device_index: 0, commands: [!Write {endpoint: tx, data: [0x01, 0x10, 0x00, 0x6b, 0x00, 0x05, 0x0a, 0x00, 0x14, 0x00, 0x14, 0x00, 0x96, 0x00, 0x96, 0x00, 0x01, 0xa9, 0xa3], write_with_response: false}]}
`,
  },
  // Run by the reference at v3 and v4 only.
  'test_tryfun_blackhole_protocol.yaml': {
    sha256: '5f8f0b7d8119c28080d870c0581e7a225b8956c2f09fcbf94b47e33f41fb65e9',
    reason:
      "every packet carries a packet id counting all earlier packets, and the stop step expects ids 4 and 5, which assume the Scalar steps before it ran; below v3 those steps are gated away, so the stop's ids are 0 and 1 there. The whole case is gated at v3, as the reference runs it (below v3 only the device's discovery and name are checked)",
    deviceCommands: `
- !VersionGated
    min_spec_version: 3
    commands:
      - !Messages {device_index: 0, messages: [!Scalar [{Index: 0, Scalar: 1.0, ActuatorType: Oscillate}]]}
      - !Commands {device_index: 0, commands: [!Write {endpoint: tx, data: [0x00, 0x02, 0x00, 0x03, 0x0c, 0x64, 0x90], write_with_response: false}]}
      - !Messages {device_index: 0, messages: [!Scalar [{Index: 1, Scalar: 1.0, ActuatorType: Vibrate}]]}
      - !Commands {device_index: 0, commands: [!Write {endpoint: tx, data: [0x01, 0x02, 0x00, 0x03, 0x09, 0x64, 0x93], write_with_response: false}]}
      - !Messages {device_index: 0, messages: [!Scalar [{Index: 0, Scalar: 0.5, ActuatorType: Oscillate}, {Index: 1, Scalar: 0.5, ActuatorType: Vibrate}]]}
      - !Commands {device_index: 0, commands: [!Write {endpoint: tx, data: [0x02, 0x02, 0x00, 0x03, 0x0c, 0x32, 0xc2], write_with_response: false}, !Write {endpoint: tx, data: [0x03, 0x02, 0x00, 0x03, 0x09, 0x32, 0xc5], write_with_response: false}]}
      - !Messages {device_index: 0, messages: [!Stop]}
      - !Commands {device_index: 0, commands: [!Write {endpoint: tx, data: [0x04, 0x02, 0x00, 0x03, 0x0c, 0x00, 0xf4], write_with_response: false}, !Write {endpoint: tx, data: [0x05, 0x02, 0x00, 0x03, 0x09, 0x00, 0xf7], write_with_response: false}]}
`,
  },
  // Run by the reference at v3 and v4 only.
  'test_tryfun_meta2_protocol.yaml': {
    sha256: 'e1e798d1387c71a070652a7c09b22873edb2b7d4ef8b9624fca0cae3200945a5',
    reason:
      "every packet carries a packet id counting all earlier packets, and its rotation and stop steps expect ids (2 onwards) that assume the Scalar steps before them ran; below v3 those steps are gated away, so the ids start at 0 there. The whole case is gated at v3, as the reference runs it (below v3 only the device's discovery and name are checked)",
    deviceCommands: `
- !VersionGated
    min_spec_version: 3
    commands:
      - !Messages {device_index: 0, messages: [!Scalar [{Index: 0, Scalar: 1.0, ActuatorType: Oscillate}]]}
      - !Commands {device_index: 0, commands: [!Write {endpoint: tx, data: [0x00, 0x02, 0x00, 0x05, 0x21, 0x5, 0x0b, 0x64, 0x6b], write_with_response: false}]}
      - !Messages {device_index: 0, messages: [!Scalar [{Index: 1, Scalar: 1.0, ActuatorType: Vibrate}]]}
      - !Commands {device_index: 0, commands: [!Write {endpoint: tx, data: [0x01, 0x02, 0x00, 0x05, 0x21, 0x5, 0x08, 0x64, 0x6e], write_with_response: false}]}
      - !Messages {device_index: 0, messages: [!Rotate [{Index: 0, Speed: 1.0, Clockwise: true}]]}
      - !Commands {device_index: 0, commands: [!Write {endpoint: tx, data: [0x02, 0x02, 0x00, 0x05, 0x21, 0x5, 0x0e, 0x9b, 0x31], write_with_response: false}]}
      - !Messages {device_index: 0, messages: [!Rotate [{Index: 0, Speed: 1.0, Clockwise: false}]]}
      - !Commands {device_index: 0, commands: [!Write {endpoint: tx, data: [0x03, 0x02, 0x00, 0x05, 0x21, 0x5, 0x0e, 0x64, 0x68], write_with_response: false}]}
      - !Messages {device_index: 0, messages: [!Rotate [{Index: 0, Speed: 0.5, Clockwise: false}]]}
      - !Commands {device_index: 0, commands: [!Write {endpoint: tx, data: [0x04, 0x02, 0x00, 0x05, 0x21, 0x5, 0x0e, 0x32, 0x9a], write_with_response: false}]}
      - !Messages {device_index: 0, messages: [!Scalar [{Index: 0, Scalar: 0.5, ActuatorType: Oscillate}, {Index: 1, Scalar: 0.5, ActuatorType: Vibrate}]]}
      - !Commands {device_index: 0, commands: [!Write {endpoint: tx, data: [0x05, 0x02, 0x00, 0x05, 0x21, 0x5, 0x0b, 0x32, 0x9d], write_with_response: false}, !Write {endpoint: tx, data: [0x06, 0x02, 0x00, 0x05, 0x21, 0x5, 0x08, 0x32, 0xa0], write_with_response: false}]}
      - !Messages {device_index: 0, messages: [!Stop]}
      - !Commands {device_index: 0, commands: [!Write {endpoint: tx, data: [0x07, 0x02, 0x00, 0x05, 0x21, 0x5, 0x0b, 0x00, 0xcf], write_with_response: false}, !Write {endpoint: tx, data: [0x08, 0x02, 0x00, 0x05, 0x21, 0x5, 0x08, 0x00, 0xd2], write_with_response: false}, !Write {endpoint: tx, data: [0x09, 0x02, 0x00, 0x05, 0x21, 0x5, 0x0e, 0xff, 0xcd], write_with_response: false}]}
`,
  },
  // Newer than the 4.189 snapshot; its sibling test_yiciyuan_protocol_fjb02.yaml is newer still.
  'test_yiciyuan_protocol.yaml': {
    sha256: '3927c3cc8090b6197b54282c71bfe3d5608e8e7e3eb4cf351af182099a30c31a',
    reason:
      "it expects the stop frame to be the first thing written after connecting, as the handler of its commit sent nothing on connecting (yiciyuan.rs at 72d1c6d9: YiciyuanInitializer::initialize returns the handler without a write or a subscribe; its frames are the case's: 16 bytes [0x35, 0x12, stroke, vibrate, axis c, 0 x 11], each level (min(v, 100) * 20 + 50) / 100, so 0.5, 0.75 and 0.25 are 0x0A, 0x0F and 0x05, and Stop's three zero frames share one command id, so one is written); test_yiciyuan_protocol_fjb02.yaml (b1783c99), for a model of the same 5.55 entry, expects the handler to subscribe to rxblebattery and write the device-info request [0x35, 0x10, 0 x 14] to tx first (the handler of that commit is not in the public index; a fork's version with FJB-03's 6-byte frames, SanJerry007/buttplug at 93f94562, sends nothing on connecting either), and one handler cannot do both. Corrected to expect those two commands before the case's own steps, which are unchanged",
    deviceCommands: `
- !Commands {device_index: 0, commands: [!Subscribe {endpoint: rxblebattery}, !Write {endpoint: tx, data: [0x35, 0x10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], write_with_response: false}]}
- !VersionGated
    min_spec_version: 3
    commands:
      - !Messages {device_index: 0, messages: [!Stop]}
      - !Commands {device_index: 0, commands: [!Write {endpoint: tx, data: [0x35, 0x12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], write_with_response: false}]}
      - !Messages {device_index: 0, messages: [!Scalar [{Index: 0, Scalar: 0.5, ActuatorType: Oscillate}, {Index: 1, Scalar: 0.75, ActuatorType: Vibrate}, {Index: 2, Scalar: 0.25, ActuatorType: Vibrate}]]}
      - !Commands {device_index: 0, commands: [!Write {endpoint: tx, data: [0x35, 0x12, 0x0A, 0x0F, 0x05, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], write_with_response: false}]}
      - !Messages {device_index: 0, messages: [!Stop]}
      - !Commands {device_index: 0, commands: [!Write {endpoint: tx, data: [0x35, 0x12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], write_with_response: false}]}
`,
  },
  // Never run by the reference (commented out of its test list).
  'test_honeyplaybox_protocol.yaml': {
    sha256: '419ece5be8dcaf1974f08bbdddceb110550a8aa3dd29605bb46353142904aae1',
    reason:
      "its Stop expects two frames (counters 3 and 4), but the reference writes one: the Honey Play Box handler tags every vibrate frame with the same command id (HONEY_PLAYBOX_PROTOCOL_UUID), Stop hands the device task the two motors' zero commands back to back (device_handle.rs, handle_stop_device_cmd), and the device task replaces a pending write whose command ids overlap the new one's (device_task.rs, HardwareCommand::overlaps) while the 1 ms batch waits, so the frame numbered 3 is dropped and only the one numbered 4 is written. Corrected to that one frame, which this engine writes too (its counter moves on per output command, like the reference's)",
    deviceCommands: `
- !Messages {device_index: 0, messages: [!Scalar [{Index: 0, Scalar: 0.5, ActuatorType: Vibrate}]]}
- !Commands {device_index: 0, commands: [!Write {endpoint: tx, data: [0x02, 0xA5, 0x5A, 0x55, 0xAA, 0xF0, 0x02, 0xB1, 0x03, 0x00, 0x18, 0x01, 0x00, 0x05, 0x00, 0x3C, 0x00, 0x00, 0x32, 0x11, 0x00, 0x05, 0x00, 0x3C, 0x00, 0x00, 0x00, 0x3C, 0xAB, 0x13, 0x93, 0x4E, 0x4C, 0xB8, 0x57, 0x03, 0x32, 0x91], write_with_response: true}]}
- !Messages {device_index: 0, messages: [!Stop]}
- !Commands {device_index: 0, commands: [!Write {endpoint: tx, data: [0x02, 0xA5, 0x5A, 0x55, 0xAA, 0xF0, 0x04, 0xB1, 0x03, 0x00, 0x18, 0x01, 0x00, 0x05, 0x00, 0x3C, 0x00, 0x00, 0x00, 0x11, 0x00, 0x05, 0x00, 0x3C, 0x00, 0x00, 0x00, 0xF8, 0x2D, 0xC3, 0x5B, 0xD6, 0x08, 0x32, 0xE4, 0x03, 0xD6, 0x75], write_with_response: true}]}
`,
  },
};

/**
 * Case files written for another device config than the vendored one (5.55): they cannot pass or
 * fail against it, so the runner reports them as such, with the reason, instead of running them.
 * Each names the file version it was checked against, like the corrections.
 */
const OTHER_CONFIG: Readonly<Record<string, { readonly sha256: string; readonly reason: string }>> = {
  'test_lelo_f1sv3.yaml': {
    sha256: 'f26275070cb3faa946e2047ac7929ae25d958ba257f616082531155144a4949f',
    reason:
      'written for a device config with a separate lelo-f1sv3 protocol (upstream lelof1sv3.rs, commit 81be9bb4: F1SV3 on generic0 and txvibrate); 5.55 lists F1SV3 as a lelo-harmony model ("Lelo F1s V3"), whose handshake and packets go to whitelist and tx',
  },
  'test_yiciyuan_protocol_fjb03.yaml': {
    sha256: '5ad98cf71845e5f91afc80f10a0dbbd94132dfe6a54e360b6c885e0806228727',
    reason:
      'written for a device config that knows the YCY-FJB-03 (its own frame format: 6-byte packets with a checksum, [0x35, 0x12, a, b, c, sum]); 5.55 lists only YCY-FJB-01 and YCY-FJB-02, so no protocol of 5.55 matches the name',
  },
};

/** The case files written for another device config than the vendored one. */
export const casesForAnotherConfig: readonly string[] = Object.keys(OTHER_CONFIG);

/** Why the case cannot be judged against the vendored device config, when it is one of those files. */
export const writtenForAnotherConfig = (file: string, text: string): string | undefined => {
  const entry = Object.hasOwn(OTHER_CONFIG, file) ? OTHER_CONFIG[file] : undefined;
  if (!entry || createHash('sha256').update(text).digest('hex') !== entry.sha256) return undefined;
  return `written for another device config than 5.55: ${entry.reason}`;
};

export type Correction = { readonly testCase: ConformanceCase; readonly reason: string } | undefined;

/** The corrected case when `file` (its text) is one the errata know; undefined otherwise. */
export const correctCase = (file: string, text: string, testCase: ConformanceCase, errata = ERRATA): Correction => {
  const erratum = Object.hasOwn(errata, file) ? errata[file] : undefined;
  if (!erratum || createHash('sha256').update(text).digest('hex') !== erratum.sha256) return undefined;
  const deviceCommands: CaseStep[] = parseSteps(erratum.deviceCommands);
  return { testCase: { ...testCase, deviceCommands }, reason: erratum.reason };
};
