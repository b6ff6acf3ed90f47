/**
 * A machine definition as a graph the page can lay out: `xstate/graph`'s `toDirectedGraph` gives the
 * state hierarchy and the event transitions (delays and invoke results among them); this adds what it
 * leaves out: `always` transitions, targetless transitions as such (it draws them as self loops),
 * node types, initial states, invokes, entry and exit actions, guards and tags. Read from the
 * definition only, so it holds whatever the machines' states are called.
 */
import type { AnyStateMachine, AnyTransitionDefinition } from 'xstate';
import { toDirectedGraph, type DirectedGraphNode } from 'xstate/graph';
import type { EdgeKind, GraphEdge, GraphNode, MachineGraph, StateNodeType } from './inspectionRecords.js';

type AnyStateNode = AnyStateMachine['root'];

/** A name for an action, guard or actor source as the definition gives it. */
export const nameOf = (item: unknown, fallback: string): string => {
  if (typeof item === 'string') return item;
  if (typeof item === 'function') {
    const typed = (item as { type?: unknown }).type;
    if (typeof typed === 'string') return typed;
    return (item as { name?: string }).name || fallback;
  }
  if (typeof item === 'object' && item !== null) {
    const typed = (item as { type?: unknown }).type;
    if (typeof typed === 'string') return typed;
    const id = (item as { id?: unknown }).id;
    if (typeof id === 'string') return id;
  }
  return fallback;
};

const nodeType = (node: AnyStateNode): StateNodeType => node.type as StateNodeType;

const edgeKind = (event: string): EdgeKind => {
  if (event === '') return 'always';
  if (event.startsWith('xstate.after.')) return 'after';
  if (event.startsWith('xstate.done.')) return 'done';
  if (event.startsWith('xstate.error.')) return 'error';
  if (event === '*' || event.endsWith('.*')) return event === '*' ? 'wildcard' : 'event';
  return 'event';
};

const edgeLabel = (node: AnyStateNode, transition: AnyTransitionDefinition, kind: EdgeKind): string => {
  const event = transition.eventType as string;
  switch (kind) {
    case 'always':
      return 'always';
    case 'after': {
      const delayed = node.after.find((after) => after.eventType === event);
      const delay = delayed?.delay;
      return `after ${typeof delay === 'number' ? `${delay} ms` : typeof delay === 'string' ? delay : 'delay'}`;
    }
    case 'done':
    case 'error': {
      // Invoke results name the invoked actor's source; a state's own done event just says done.
      const invoked = node.invoke.find((invoke) => event.endsWith(`.actor.${invoke.id}`));
      const what = kind === 'done' ? 'done' : 'error';
      return invoked ? `${what}: ${nameOf(invoked.src, invoked.id)}` : what;
    }
    default:
      return event;
  }
};

/** Every transition of a node with where it sits (edge ids stay the same however often the machine is read). */
const transitionsOf = (node: AnyStateNode, directed: DirectedGraphNode): AnyTransitionDefinition[] => {
  const fromGraph = [...new Set(directed.edges.map((edge) => edge.transition))] as AnyTransitionDefinition[];
  return [...fromGraph, ...(node.always ?? [])];
};

/** Edge ids by transition, for naming the transitions a microstep took. */
export type EdgeIndex = WeakMap<AnyTransitionDefinition, string>;

export const machineGraph = (machine: AnyStateMachine, key: string): { graph: MachineGraph; edgeIds: EdgeIndex } => {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const edgeIds: EdgeIndex = new WeakMap();

  const visit = (directed: DirectedGraphNode) => {
    const node = directed.stateNode as AnyStateNode;
    const initialTarget = node.type === 'compound' ? node.initial?.target?.[0] : undefined;
    nodes.push({
      id: node.id,
      key: node.key,
      ...(node.parent ? { parent: node.parent.id } : {}),
      type: nodeType(node),
      children: directed.children.map((child) => child.id),
      ...(initialTarget ? { initial: initialTarget.id } : {}),
      entry: node.entry.map((action, i) => nameOf(action, `entry ${i + 1}`)),
      exit: node.exit.map((action, i) => nameOf(action, `exit ${i + 1}`)),
      invoke: node.invoke.map((invoke) => ({ id: invoke.id, src: nameOf(invoke.src, invoke.id) })),
      tags: [...node.tags],
      ...(node.description ? { description: node.description } : {}),
    });
    const positions = new Map<string, number>();
    for (const transition of transitionsOf(node, directed)) {
      const event = (transition.eventType as string | undefined) ?? '';
      const position = positions.get(event) ?? 0;
      positions.set(event, position + 1);
      const id = `${node.id}|${event}|${position}`;
      const kind = edgeKind(event);
      edgeIds.set(transition, id);
      edges.push({
        id,
        source: node.id,
        targets: (transition.target ?? []).map((target) => target.id),
        event,
        kind,
        label: edgeLabel(node, transition, kind),
        ...(transition.guard !== undefined ? { guard: nameOf(transition.guard, 'guard') } : {}),
        actions: transition.actions.map((action, i) => nameOf(action, `action ${i + 1}`)),
        reenter: transition.reenter,
      });
    }
    directed.children.forEach(visit);
  };
  visit(toDirectedGraph(machine));
  return { graph: { key, machineId: machine.id, root: machine.root.id, nodes, edges }, edgeIds };
};
