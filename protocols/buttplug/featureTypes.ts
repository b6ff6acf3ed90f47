/** The output and input vocabularies of spec v4 (`OutputType`, `InputType`, input commands). */

export const OUTPUT_TYPES = [
  'Vibrate',
  'Rotate',
  'Oscillate',
  'Constrict',
  'Spray',
  'Temperature',
  'Led',
  'Position',
  'HwPositionWithDuration',
] as const;
export type OutputType = (typeof OUTPUT_TYPES)[number];

export const INPUT_TYPES = ['Battery', 'Rssi', 'Pressure', 'Button', 'Depth', 'Position'] as const;
export type InputType = (typeof INPUT_TYPES)[number];

export const INPUT_COMMANDS = ['Read', 'Subscribe', 'Unsubscribe'] as const;
export type InputCommand = (typeof INPUT_COMMANDS)[number];

/** Outputs a stop command sets to 0, in the order a stop writes them. Positions are never "stopped". */
export const STOPPABLE_OUTPUTS: readonly OutputType[] = [
  'Vibrate',
  'Rotate',
  'Oscillate',
  'Constrict',
  'Temperature',
  'Led',
  'Spray',
];

/** Outputs whose value may be negative (direction or heating/cooling). */
export const SIGNED_OUTPUTS: ReadonlySet<OutputType> = new Set(['Rotate', 'Temperature']);

export const isOutputType = (value: unknown): value is OutputType =>
  typeof value === 'string' && (OUTPUT_TYPES as readonly string[]).includes(value);

export const isInputType = (value: unknown): value is InputType =>
  typeof value === 'string' && (INPUT_TYPES as readonly string[]).includes(value);
