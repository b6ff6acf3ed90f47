/**
 * What a Lovense toy is doing, from the ASCII commands it received: the level of each motor, of the
 * rotation and of the air pump. Server mode's simulated devices keep this, so a check can ask "is the
 * toy stopped?" whatever command style the server chose (`Vibrate:n;`, `Vibrate1:n;`, `Mply:a:b;`...).
 * Pure, so it is property-tested against our own Lovense encoder.
 */

export interface LovenseLevels {
  /** Motor levels by motor (0-based: `Vibrate1` is motor 0). */
  readonly motors: readonly number[];
  readonly rotation: number;
  readonly air: number;
}

export const STOPPED: LovenseLevels = { motors: [], rotation: 0, air: 0 };

/** Commands that ask something and change nothing. */
const QUERIES = new Set(['DeviceType', 'Battery', 'GetBatch', 'GetLight', 'GetAlight', 'Status', 'PowerOff']);

const level = (text: string | undefined): number | undefined => {
  if (text === undefined || !/^\d{1,3}$/.test(text)) return undefined;
  return Number(text);
};

export type LovenseCommand =
  | { readonly kind: 'levels'; readonly levels: LovenseLevels }
  | { readonly kind: 'query' | 'other'; readonly levels: LovenseLevels };

/** Applies one command (`Vibrate2:7;`); unknown commands change nothing and say so. */
export const applyLovenseCommand = (levels: LovenseLevels, command: string): LovenseCommand => {
  const parts = command.trim().replace(/;$/, '').split(':');
  const [name = '', ...args] = parts;
  const numbered = /^Vibrate(\d+)$/.exec(name);
  if (name === 'Vibrate' && args.length === 1 && level(args[0]) !== undefined) {
    const value = level(args[0])!;
    const motors = levels.motors.length > 0 ? levels.motors.map(() => value) : [value];
    return { kind: 'levels', levels: { ...levels, motors } };
  }
  if (numbered && args.length === 1 && level(args[0]) !== undefined) {
    const motor = Number(numbered[1]) - 1;
    const motors = [...levels.motors];
    while (motors.length <= motor) motors.push(0);
    motors[motor] = level(args[0])!;
    return { kind: 'levels', levels: { ...levels, motors } };
  }
  if (name === 'Mply' && args.length > 0 && args.every((a) => level(a) !== undefined)) {
    return { kind: 'levels', levels: { ...levels, motors: args.map((a) => level(a)!) } };
  }
  if (name === 'Rotate' && args.length === 1 && level(args[0]) !== undefined)
    return { kind: 'levels', levels: { ...levels, rotation: level(args[0])! } };
  if (name === 'Air' && args[0] === 'Level' && level(args[1]) !== undefined)
    return { kind: 'levels', levels: { ...levels, air: level(args[1])! } };
  if (QUERIES.has(name)) return { kind: 'query', levels };
  return { kind: 'other', levels };
};

export const isRunning = (levels: LovenseLevels): boolean =>
  levels.motors.some((m) => m > 0) || levels.rotation > 0 || levels.air > 0;

export const describeLevels = (levels: LovenseLevels): string =>
  [
    levels.motors.length > 0 ? `motors ${levels.motors.join('/')}` : 'motors 0',
    ...(levels.rotation ? [`rotation ${levels.rotation}`] : []),
    ...(levels.air ? [`air ${levels.air}`] : []),
  ].join(', ');
