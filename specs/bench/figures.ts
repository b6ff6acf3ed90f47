/**
 * Fast-path figures: each one a measured quantity beside a baseline measured in the same run, their
 * ratio, the issue's target, and how it was taken. The table they make in BENCHMARKS.md is also what
 * `npm run bench -- --check` reads back: a ratio that worsens by more than `CHECK_TOLERANCE` fails.
 */

/** A ratio may worsen by this factor before `--check` fails. */
export const CHECK_TOLERANCE = 1.25;

/**
 * Commands an in-process CPU figure runs before anything is timed. V8 optimises the hot path in tiers over
 * the first thousands of commands: after a 500-command warm-up, rounds measured 2-3x the CPU of rounds
 * after 10,000 (the same code), so a median of rounds taken in between wandered from run to run (140 to
 * 341 µs per OutputCmd). Warmed up past that, rounds agree.
 */
export const WARM_UP_COMMANDS = 12_000;

export interface Quantity {
  readonly value: number;
  readonly unit: 'ms' | 'µs' | 'KiB' | 'B' | '/s' | 'x' | '';
}

export interface Target {
  /** What the target bounds: the ratio, or the measured quantity itself. */
  readonly on: 'ratio' | 'measured';
  readonly at: number;
  /** `<=`, `<` (lower is better) or `>=` (higher is better). */
  readonly op: '<=' | '<' | '>=';
}

export interface Figure {
  /** Stable: the row's key in BENCHMARKS.md. */
  readonly name: string;
  readonly baseline: Quantity;
  readonly measured: Quantity;
  /** Whether a lower or a higher ratio (measured / baseline) is better. */
  readonly better: 'lower' | 'higher';
  readonly target?: Target;
}

/** Something that holds or not (a safety rule under load); `--check` fails when it does not. */
export interface Fact {
  readonly name: string;
  readonly holds: boolean;
  readonly detail: string;
}

export const ratioOf = (figure: Figure): number =>
  figure.baseline.value === 0 ? Number.POSITIVE_INFINITY : figure.measured.value / figure.baseline.value;

const formatQuantity = ({ value, unit }: Quantity): string => {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : Math.abs(value) >= 1 ? 2 : 3;
  if (unit === '/s') return `${value.toFixed(0)}/s`;
  if (unit === 'B') return `${value.toFixed(0)} B`;
  return `${value.toFixed(digits)}${unit === '' ? '' : unit === 'x' ? 'x' : ` ${unit}`}`;
};

export const formatRatio = (ratio: number): string =>
  Number.isFinite(ratio) ? `${ratio.toFixed(ratio >= 100 ? 0 : 2)}x` : '-';

const formatTarget = (figure: Figure): string => {
  const target = figure.target;
  if (!target) return '-';
  const op = target.op === '<=' ? '≤' : target.op === '>=' ? '≥' : '<';
  return target.on === 'ratio'
    ? `${op} ${target.at}x`
    : `${op} ${formatQuantity({ value: target.at, unit: figure.measured.unit })}`;
};

export const meetsTarget = (figure: Figure): boolean | undefined => {
  const target = figure.target;
  if (!target) return undefined;
  const value = target.on === 'ratio' ? ratioOf(figure) : figure.measured.value;
  return target.op === '<=' ? value <= target.at : target.op === '<' ? value < target.at : value >= target.at;
};

const yesNo = (met: boolean | undefined) => (met === undefined ? '-' : met ? 'yes' : '**no**');

export const figureRow = (figure: Figure): string =>
  `| ${figure.name} | ${formatQuantity(figure.baseline)} | ${formatQuantity(figure.measured)} | ${formatRatio(ratioOf(figure))} | ${formatTarget(figure)} | ${yesNo(meetsTarget(figure))} |`;

export const FIGURES_HEADER = ['| Figure | Baseline | Measured | Ratio | Target | Met |', '|---|---|---|---|---|---|'];

export const factRow = (fact: Fact): string =>
  `| ${fact.name} | ${fact.holds ? 'holds' : '**broken**'} | ${fact.detail} |`;

export const FACTS_HEADER = ['| Safety rule under load | | How it was checked |', '|---|---|---|'];

/** The ratios of a BENCHMARKS.md fast-path table, by figure name. */
export const readRatios = (markdown: string): Map<string, number> => {
  const ratios = new Map<string, number>();
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    // | name | baseline | measured | ratio | target | met |
    if (cells.length !== 8) continue;
    const ratio = /^([0-9.]+)x$/.exec(cells[4]!)?.[1];
    if (ratio !== undefined) ratios.set(cells[1]!, Number(ratio));
  }
  return ratios;
};

export interface CheckResult {
  readonly name: string;
  readonly committed: number;
  readonly now: number;
  /** How many times worse (1 = the same; below 1 = better). */
  readonly worsening: number;
  readonly failed: boolean;
}

/** Compares this run's ratios with the committed ones; a figure not committed yet is not checked. */
export const checkAgainst = (committed: Map<string, number>, figures: readonly Figure[]): CheckResult[] =>
  figures.flatMap((figure) => {
    const before = committed.get(figure.name);
    if (before === undefined) return [];
    const now = ratioOf(figure);
    const worsening = figure.better === 'lower' ? now / Math.max(before, 1e-9) : before / Math.max(now, 1e-9);
    return [{ name: figure.name, committed: before, now, worsening, failed: worsening > CHECK_TOLERANCE }];
  });

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The value at quantile `q` (0..1) of samples. */
export const quantile = (values: readonly number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
