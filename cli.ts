#!/usr/bin/env node
/** The `buttplug-actors` command (package `bin`); the code lives in actors/cli/. */
import { applyEngineV8Flags } from './actors/cli/v8Flags.js';

// Before the engine's modules load (hence the dynamic import): they only tune the garbage collector.
applyEngineV8Flags();
const { runCli } = await import('./actors/cli/runCli.js');
process.exit(await runCli(process.argv.slice(2)));
