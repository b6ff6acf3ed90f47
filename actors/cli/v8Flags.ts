/**
 * The V8 flags an engine's own process runs with: the command line sets them before it loads the engine
 * (cli.ts), and so does the benchmarks' engine host. They tune the garbage collector's heuristics only;
 * nothing the engine does or answers depends on them, and an embedding application may set them too.
 *
 * `--no-allocation-site-pretenuring`: V8 allocates straight into the old generation from an object-literal
 * site once objects made there have survived scavenges. The engine's long-lived actors (sessions, managers,
 * idle devices) get sites pretenured that every command also allocates at (its snapshots, context copies
 * and batches); born old, each of those pins the young objects it points to through the next scavenge.
 * Measured (issue 11, BENCHMARKS.md profiles): about 2 KB promoted per OutputCmd and a 5-10 ms scavenge
 * every few hundred commands with it, 0.1-0.3 KB and 1.5 ms without; a third of the CPU per command.
 */
import { setFlagsFromString } from 'node:v8';

export const ENGINE_V8_FLAGS: readonly string[] = ['--no-allocation-site-pretenuring'];

/** Sets `ENGINE_V8_FLAGS` in this process: first thing, before the engine's modules load and allocate. */
export const applyEngineV8Flags = (): void => {
  for (const flag of ENGINE_V8_FLAGS) setFlagsFromString(flag);
};
