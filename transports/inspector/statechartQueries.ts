/**
 * Questions about a machine graph and a state value, answered the same way on the server and in the
 * page (live or replaying): which state nodes are active, and which events the active ones take.
 */
import type { GraphEdge, GraphNode, Json, MachineGraph } from './inspectionRecords.js';

const childrenByKey = (graph: MachineGraph): Map<string, Map<string, GraphNode>> => {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const children = new Map<string, Map<string, GraphNode>>();
  for (const node of graph.nodes) {
    children.set(
      node.id,
      new Map(node.children.flatMap((id) => (byId.has(id) ? [[byId.get(id)!.key, byId.get(id)!] as const] : []))),
    );
  }
  return children;
};

const cache = new WeakMap<MachineGraph, Map<string, Map<string, GraphNode>>>();

/** The active state nodes for a state value: the root, and every node the value names, at every level. */
export const activeNodeIds = (graph: MachineGraph, value: Json | undefined): Set<string> => {
  let children = cache.get(graph);
  if (!children) cache.set(graph, (children = childrenByKey(graph)));
  const active = new Set<string>([graph.root]);
  const walk = (nodeId: string, part: Json | undefined) => {
    const kids = children.get(nodeId);
    if (!kids || part === undefined || part === null) return;
    if (typeof part === 'string') {
      const child = kids.get(part);
      if (child) active.add(child.id);
      return;
    }
    if (typeof part !== 'object' || Array.isArray(part)) return;
    for (const [key, sub] of Object.entries(part)) {
      const child = kids.get(key);
      if (!child) continue;
      active.add(child.id);
      walk(child.id, sub);
    }
  };
  walk(graph.root, value);
  return active;
};

/** Edges a sender can take: events (not delays, invoke results or `always`), from active nodes. */
export const acceptedEdges = (graph: MachineGraph, active: ReadonlySet<string>): Map<string, GraphEdge[]> => {
  const accepted = new Map<string, GraphEdge[]>();
  for (const edge of graph.edges) {
    if (!active.has(edge.source) || (edge.kind !== 'event' && edge.kind !== 'wildcard')) continue;
    const list = accepted.get(edge.event);
    if (list) list.push(edge);
    else accepted.set(edge.event, [edge]);
  }
  return accepted;
};

/** A state value as one line: `online.ready.idle`; parallel regions as `{region: state, other: state}`. */
export const stateText = (value: Json | undefined): string => {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'object' || Array.isArray(value)) return String(value);
  const entries = Object.entries(value);
  if (entries.length === 1) {
    const [key, sub] = entries[0]!;
    const rest = stateText(sub);
    return rest ? `${key}.${rest}` : key;
  }
  return `{${entries.map(([key, sub]) => `${key}: ${stateText(sub)}`).join(', ')}}`;
};
