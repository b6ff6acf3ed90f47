/**
 * Lays a machine graph out as nested boxes with dagre, one compound state at a time from the inside
 * out: a compound state's children (sized by their own layouts) and the transitions between them are
 * one dagre graph. A transition between states in different compounds is laid out between the
 * ancestors that are siblings, then drawn from its real source to its real target. Targetless
 * transitions are listed inside their state; self transitions are loops.
 */
import dagre from '@dagrejs/dagre';
import type { GraphEdge, GraphNode, MachineGraph } from '../inspectionRecords.js';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Box {
  readonly node: GraphNode;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Lines under the title: invokes, entry/exit, transitions that stay in the state. */
  readonly lines: readonly string[];
}

export interface RoutedEdge {
  readonly edge: GraphEdge;
  readonly target: string;
  readonly points: readonly Point[];
  readonly label: Point;
  readonly loop: boolean;
}

export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly boxes: ReadonlyMap<string, Box>;
  readonly edges: readonly RoutedEdge[];
}

const CHAR = 6.4;
const TITLE = 22;
const LINE = 14;
const PAD = 10;
const MAX_LINE = 44;

export const edgeText = (edge: GraphEdge): string => (edge.guard ? `${edge.label} [${edge.guard}]` : edge.label);

const clip = (text: string) => (text.length > MAX_LINE ? `${text.slice(0, MAX_LINE - 1)}…` : text);

const detailLines = (node: GraphNode, internal: readonly GraphEdge[]): string[] => [
  ...node.invoke.map((invoke) => clip(`invoke ${invoke.src}`)),
  ...(node.entry.length > 0 ? [clip(`entry / ${node.entry.join(', ')}`)] : []),
  ...(node.exit.length > 0 ? [clip(`exit / ${node.exit.join(', ')}`)] : []),
  ...internal.map((edge) => clip(`${edgeText(edge)}${edge.actions.length > 0 ? ` / ${edge.actions.join(', ')}` : ''}`)),
];

const textWidth = (text: string) => text.length * CHAR;

export const layoutChart = (graph: MachineGraph): ChartLayout => {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const internal = new Map<string, GraphEdge[]>();
  const crossing: { edge: GraphEdge; target: string }[] = [];
  for (const edge of graph.edges) {
    if (edge.targets.length === 0) {
      const list = internal.get(edge.source) ?? [];
      list.push(edge);
      internal.set(edge.source, list);
    } else for (const target of edge.targets) crossing.push({ edge, target });
  }

  const ancestors = (id: string): string[] => {
    const chain: string[] = [];
    for (let at = nodes.get(id); at; at = at.parent ? nodes.get(at.parent) : undefined) chain.unshift(at.id);
    return chain;
  };
  /** The compound a transition is laid out in, and the two siblings under it that stand for its ends. */
  const lift = (source: string, target: string) => {
    const a = ancestors(source);
    const b = ancestors(target);
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    if (i === 0 || i >= a.length || i >= b.length) return undefined; // one end contains the other
    return { level: a[i - 1]!, from: a[i]!, to: b[i]! };
  };
  const byLevel = new Map<string, { edge: GraphEdge; target: string; from: string; to: string }[]>();
  const loops: { edge: GraphEdge; target: string }[] = [];
  const unrouted: { edge: GraphEdge; target: string }[] = [];
  for (const { edge, target } of crossing) {
    if (edge.source === target) {
      loops.push({ edge, target });
      continue;
    }
    const lifted = lift(edge.source, target);
    if (!lifted) {
      unrouted.push({ edge, target });
      continue;
    }
    const list = byLevel.get(lifted.level) ?? [];
    list.push({ edge, target, from: lifted.from, to: lifted.to });
    byLevel.set(lifted.level, list);
  }

  const boxes = new Map<string, Box>();
  /** Child offsets (relative to the parent box) and routed points (relative too), filled bottom-up. */
  const offsets = new Map<string, Point>();
  const routedAt = new Map<string, { edge: GraphEdge; target: string; points: Point[]; label: Point }[]>();

  const measure = (node: GraphNode): Box => {
    const lines = detailLines(node, internal.get(node.id) ?? []);
    const titleWidth = textWidth(node.key) + 2 * PAD;
    const linesWidth = Math.max(0, ...lines.map(textWidth)) + 2 * PAD;
    if (node.children.length === 0) {
      const box: Box = {
        node,
        x: 0,
        y: 0,
        width: Math.max(70, titleWidth, linesWidth),
        height: TITLE + lines.length * LINE + PAD,
        lines,
      };
      boxes.set(node.id, box);
      return box;
    }
    const layout = new dagre.graphlib.Graph({ multigraph: true });
    layout.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 44, edgesep: 12, marginx: PAD, marginy: PAD });
    layout.setDefaultEdgeLabel(() => ({}));
    for (const childId of node.children) {
      const child = measure(nodes.get(childId)!);
      layout.setNode(childId, { width: child.width, height: child.height });
    }
    // Regions of a parallel state sit side by side: a transition across them is drawn, not laid out.
    if (node.type === 'parallel') unrouted.push(...(byLevel.get(node.id) ?? []));
    const here = node.type === 'parallel' ? [] : (byLevel.get(node.id) ?? []);
    here.forEach(({ edge, target, from, to }, i) => {
      const text = edgeText(edge);
      layout.setEdge(
        from,
        to,
        { width: Math.min(textWidth(text), MAX_LINE * CHAR) + 6, height: LINE, labelpos: 'c' },
        `${edge.id}>${target}#${i}`,
      );
    });
    dagre.layout(layout);
    const header = TITLE + lines.length * LINE + 4;
    for (const childId of node.children) {
      const placed = layout.node(childId);
      offsets.set(childId, { x: placed.x! - placed.width / 2, y: placed.y! - placed.height / 2 + header });
    }
    routedAt.set(
      node.id,
      here.map(({ edge, target }, i) => {
        const placed = layout.edge({ v: here[i]!.from, w: here[i]!.to, name: `${edge.id}>${target}#${i}` });
        return {
          edge,
          target,
          points: (placed.points ?? []).map((p: Point) => ({ x: p.x, y: p.y + header })),
          label: { x: placed.x ?? 0, y: (placed.y ?? 0) + header },
        };
      }),
    );
    const size = layout.graph();
    const box: Box = {
      node,
      x: 0,
      y: 0,
      width: Math.max(size.width ?? 0, titleWidth, linesWidth),
      height: (size.height ?? 0) + header,
      lines,
    };
    boxes.set(node.id, box);
    return box;
  };

  const root = nodes.get(graph.root)!;
  const rootBox = measure(root);
  // Absolute positions, top-down.
  const place = (id: string, x: number, y: number) => {
    const box = boxes.get(id)!;
    box.x = x;
    box.y = y;
    for (const childId of box.node.children) {
      const offset = offsets.get(childId)!;
      place(childId, x + offset.x, y + offset.y);
    }
  };
  place(root.id, 0, 0);

  const border = (box: Box, toward: Point): Point => {
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const dx = toward.x - cx;
    const dy = toward.y - cy;
    if (dx === 0 && dy === 0) return { x: cx, y: box.y };
    const scale = Math.min(
      dx === 0 ? Infinity : box.width / 2 / Math.abs(dx),
      dy === 0 ? Infinity : box.height / 2 / Math.abs(dy),
    );
    return { x: cx + dx * scale, y: cy + dy * scale };
  };
  const center = (box: Box): Point => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

  const edges: RoutedEdge[] = [];
  for (const [levelId, routed] of routedAt) {
    const level = boxes.get(levelId)!;
    for (const { edge, target, points, label } of routed) {
      const absolute = points.map((p) => ({ x: p.x + level.x, y: p.y + level.y }));
      const from = boxes.get(edge.source)!;
      const to = boxes.get(target)!;
      const inner = absolute.slice(1, -1);
      const start = border(from, inner[0] ?? center(to));
      const end = border(to, inner.at(-1) ?? center(from));
      edges.push({
        edge,
        target,
        points: [start, ...inner, end],
        label: { x: label.x + level.x, y: label.y + level.y },
        loop: false,
      });
    }
  }
  for (const { edge, target } of unrouted) {
    // One end contains the other: a short hop between their borders.
    const from = boxes.get(edge.source)!;
    const to = boxes.get(target)!;
    const start = border(from, center(to));
    const end = border(to, { x: center(to).x, y: to.y - 1 });
    edges.push({
      edge,
      target,
      points: [start, end],
      label: { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 },
      loop: false,
    });
  }
  for (const { edge, target } of loops) {
    const box = boxes.get(edge.source)!;
    const right = box.x + box.width;
    const top = box.y + 6;
    edges.push({
      edge,
      target,
      points: [
        { x: right, y: top + 4 },
        { x: right + 18, y: top - 2 },
        { x: right + 18, y: top + 18 },
        { x: right, y: top + 12 },
      ],
      label: { x: right + 22 + textWidth(edgeText(edge)) / 2, y: top + 8 },
      loop: true,
    });
  }
  const extraRight = loops.length > 0 ? 24 + Math.max(...loops.map(({ edge }) => textWidth(edgeText(edge)))) : 0;
  return { width: rootBox.width + extraRight + 8, height: rootBox.height + 8, boxes, edges };
};
