#!/usr/bin/env node
/** The `buttplug-actors` command (package `bin`); the code lives in actors/cli/. */
import { runCli } from './actors/cli/runCli.js';

process.exit(await runCli(process.argv.slice(2)));
