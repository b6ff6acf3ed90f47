/** Once per test run, before any spec: the programs specs start as processes, compiled (specs/support/builtPrograms.ts). */
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { buildPrograms } from './builtPrograms.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder of the compiled tree, laid out as the repository. */
    builtPrograms: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  project.provide('builtPrograms', await buildPrograms(fileURLToPath(new URL('../..', import.meta.url))));
}
