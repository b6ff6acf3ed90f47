#!/usr/bin/env node
/** The `buttplug-conformance` command (package `bin`); the code lives in actors/conformance/. */
import { runConformance } from './actors/conformance/runConformance.js';

process.exit(await runConformance(process.argv.slice(2)));
