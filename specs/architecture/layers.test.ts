/**
 * The layers, bottom to top. A file may import from its own layer and the layers below it, never
 * from above; and no chain of imports may lead back to where it started. The README's architecture
 * section shows the same order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LAYERS = [
  'protocols/core', // logger interface, timeouts, error text: what every layer uses
  'protocols/buttplug', // the client-server wire protocol
  'protocols/config', // the device database and user settings
  'protocols/devices', // device protocols: pure encoders and their device tables
  'protocols/safety', // the safety rules: pure functions over commands, stops and outputs
  'hardware', // buses, device communication managers, simulated devices
  'machines', // statechart definitions
  'actors/engine', // the live actor system and the embedding API
  'transports', // server transports and client connectors
  'actors/client', // the client library
  'actors/compat', // the official buttplug 5.x client API on top of ours
  'actors/services', // services beside the Buttplug transports: REST API, Intiface frontend channel, mDNS, config reload
  'actors/conformance', // the conformance harness: client mode and server mode
  'actors/testing', // the test harness for apps: test engine, test clock, model and commands
  'actors/cli', // the command line
  '', // the package's entry points and scripts at the root
] as const;

const root = fileURLToPath(new URL('../..', import.meta.url));
const SKIP = new Set(['node_modules', 'dist', 'specs', '.git']);

const sourceFiles = (dir = ''): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return SKIP.has(entry.name) || entry.name.startsWith('.') ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });

const IMPORT = /(?:^|[\s;])(?:import|export)\s[^;]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/** Relative imports of a file, as repository paths of `.ts` files. */
const importsOf = (file: string): string[] =>
  [...readFileSync(join(root, file), 'utf8').matchAll(IMPORT)]
    .map((match) => normalize(join(dirname(file), match[1] ?? match[2]!)).replace(/\.js$/, '.ts'))
    .filter((path) => path.endsWith('.ts'));

const layerOf = (file: string): number => {
  const index = LAYERS.findIndex((layer) => layer !== '' && (file.startsWith(`${layer}/`) || file === layer));
  return index === -1 ? LAYERS.length - 1 : index;
};

const layerName = (index: number) => LAYERS[index] || '(root)';

/** Every cycle of imports, each as the list of files around it (Tarjan's strongly connected components). */
const cycles = (graph: Map<string, string[]>): string[][] => {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
};

describe('layers', () => {
  const files = sourceFiles();
  const graph = new Map(files.map((file) => [file, importsOf(file)]));

  it('finds the source tree', () => {
    expect(files.length).toBeGreaterThan(300);
    expect(graph.get('actors/engine/buttplugServer.ts')).toContain('machines/serverMachine.ts');
  });

  it('no file imports from a layer above its own', () => {
    const upward = [...graph].flatMap(([file, imports]) =>
      imports
        .filter((target) => layerOf(target) > layerOf(file))
        .map((target) => `${file} (${layerName(layerOf(file))}) imports ${target} (${layerName(layerOf(target))})`),
    );
    expect(upward).toEqual([]);
  });

  it('no source file imports test code', () => {
    const intoSpecs = [...graph].flatMap(([file, imports]) =>
      imports.filter((target) => target.startsWith('specs/')).map((target) => `${file} imports ${target}`),
    );
    expect(intoSpecs).toEqual([]);
  });

  it('no cycle of imports', () => {
    expect(cycles(graph).map((cycle) => cycle.join(' -> '))).toEqual([]);
  });

  it('sees an upward import and a cycle when there is one', () => {
    expect(layerOf('hardware/hid/hidDcm.ts')).toBeLessThan(layerOf('actors/engine/deviceActors.ts'));
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c']]);
  });
});
