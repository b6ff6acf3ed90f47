import { describe, expect, it } from 'vitest';
import { fromPromise, setup } from 'xstate';
import { deviceMachine } from '../../machines/device/deviceMachine.js';
import { deviceManagerMachine } from '../../machines/deviceManagerMachine.js';
import { serverMachine } from '../../machines/serverMachine.js';
import { sessionMachine } from '../../machines/sessionMachine.js';
import { dcmMachine } from '../../machines/dcmMachine.js';
import { pingTimerMachine } from '../../machines/pingTimerMachine.js';
import { machineGraph } from '../../transports/inspector/machineGraph.js';
import { acceptedEdges, activeNodeIds, stateText } from '../../transports/inspector/statechartQueries.js';

/** A machine with every construct the graph has to carry. */
const sample = setup({
  types: { events: {} as { type: 'go' } | { type: 'poke' } | { type: 'stop' } },
  actors: { work: fromPromise(async () => 1) },
  guards: { ready: () => true },
  actions: { note: () => {}, enter: () => {} },
  delays: { patience: 100 },
}).createMachine({
  id: 'sample',
  initial: 'idle',
  states: {
    idle: {
      entry: 'enter',
      on: { go: { target: 'busy', guard: 'ready' }, poke: { actions: 'note' } },
    },
    busy: {
      invoke: { id: 'job', src: 'work', onDone: 'both', onError: 'idle' },
      after: { patience: 'idle' },
    },
    both: {
      type: 'parallel',
      states: {
        left: { initial: 'a', states: { a: { always: { target: 'b', guard: 'ready' } }, b: {} } },
        right: { initial: 'c', states: { c: { on: { stop: '#sample.end' } } } },
      },
    },
    end: { type: 'final' },
  },
});

describe('machineGraph', () => {
  const { graph } = machineGraph(sample, 'sample');
  const node = (id: string) => graph.nodes.find((n) => n.id === id)!;
  const edge = (source: string, event: string) => graph.edges.find((e) => e.source === source && e.event === event)!;

  it('carries node types, initial states, invokes and entry actions', () => {
    expect(node('sample').initial).toBe('sample.idle');
    expect(node('sample.both').type).toBe('parallel');
    expect(node('sample.both.left').initial).toBe('sample.both.left.a');
    expect(node('sample.end').type).toBe('final');
    expect(node('sample.idle').entry).toEqual(['enter']);
    expect(node('sample.busy').invoke).toEqual([{ id: 'job', src: 'work' }]);
    expect(node('sample').children).toEqual(['sample.idle', 'sample.busy', 'sample.both', 'sample.end']);
  });

  it('carries what toDirectedGraph leaves out: always, targetless transitions, guards, delays and invoke results by name', () => {
    expect(edge('sample.both.left.a', '')).toMatchObject({
      kind: 'always',
      label: 'always',
      guard: 'ready',
      targets: ['sample.both.left.b'],
    });
    expect(edge('sample.idle', 'poke')).toMatchObject({ targets: [], actions: ['note'] });
    expect(edge('sample.idle', 'go')).toMatchObject({ guard: 'ready', targets: ['sample.busy'] });
    expect(graph.edges.find((e) => e.source === 'sample.busy' && e.kind === 'after')).toMatchObject({
      label: 'after patience',
    });
    expect(graph.edges.find((e) => e.source === 'sample.busy' && e.kind === 'done')).toMatchObject({
      label: 'done: work',
      targets: ['sample.both'],
    });
    expect(graph.edges.find((e) => e.source === 'sample.busy' && e.kind === 'error')).toMatchObject({
      label: 'error: work',
    });
    expect(edge('sample.both.right.c', 'stop').targets).toEqual(['sample.end']);
  });

  it('finds the active nodes of a state value and the events they take', () => {
    const active = activeNodeIds(graph, { both: { left: 'b', right: 'c' } });
    expect([...active].sort()).toEqual([
      'sample',
      'sample.both',
      'sample.both.left',
      'sample.both.left.b',
      'sample.both.right',
      'sample.both.right.c',
    ]);
    expect([...acceptedEdges(graph, active).keys()]).toEqual(['stop']);
    expect([...acceptedEdges(graph, activeNodeIds(graph, 'idle')).keys()].sort()).toEqual(['go', 'poke']);
    expect(stateText({ both: { left: 'b', right: 'c' } })).toBe('both.{left: b, right: c}');
  });

  // The engine's machines change; what must hold for any of them.
  it.each([serverMachine, deviceManagerMachine, dcmMachine, deviceMachine, sessionMachine, pingTimerMachine])(
    "lays bare the engine's %#th machine consistently",
    (machine) => {
      const { graph: g } = machineGraph(machine, machine.id);
      const ids = new Set(g.nodes.map((n) => n.id));
      expect(ids.size).toBe(g.nodes.length);
      expect(new Set(g.edges.map((e) => e.id)).size).toBe(g.edges.length);
      for (const e of g.edges) {
        expect(ids.has(e.source)).toBe(true);
        for (const target of e.targets) expect(ids.has(target)).toBe(true);
      }
      for (const n of g.nodes) {
        if (n.type === 'compound') expect(n.children).toContain(n.initial);
        for (const child of n.children) expect(g.nodes.find((c) => c.id === child)?.parent).toBe(n.id);
      }
      // Every transition of the definition is an edge: count them state by state.
      const count = (stateNode: typeof machine.root): number =>
        [...stateNode.transitions.values()].flat().reduce((sum, t) => sum + Math.max(1, t.target?.length ?? 1), 0) +
        (stateNode.always ?? []).reduce((sum, t) => sum + Math.max(1, t.target?.length ?? 1), 0) +
        Object.values(stateNode.states).reduce((sum, child) => sum + count(child), 0);
      const edgesWithTargets = g.edges.reduce((sum, e) => sum + Math.max(1, e.targets.length), 0);
      expect(edgesWithTargets).toBe(count(machine.root));
    },
  );
});
