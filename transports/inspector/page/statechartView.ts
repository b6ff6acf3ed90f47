/**
 * The selected actor's statechart: its machine's states as nested boxes (initial states marked, final
 * states double-edged, parallel regions dashed, invokes and stay-in-state transitions listed inside),
 * its transitions as arrows. Active states carry `data-active="true"` (the DOM contract) and the
 * transitions just taken flash. Laid out once per machine.
 */
import type { Json, MachineGraph } from '../inspectionRecords.js';
import { activeNodeIds } from '../statechartQueries.js';
import { svg } from './dom.js';
import { edgeText, layoutChart, type ChartLayout, type Point } from './chartLayout.js';

const layouts = new Map<MachineGraph, ChartLayout>();

const pathOf = (points: readonly Point[], loop: boolean): string => {
  if (points.length === 0) return '';
  if (loop && points.length === 4) {
    const [a, b, c, d] = points as [Point, Point, Point, Point];
    return `M${a.x},${a.y} C${b.x},${b.y} ${c.x},${c.y} ${d.x},${d.y}`;
  }
  if (points.length === 2) return `M${points[0]!.x},${points[0]!.y} L${points[1]!.x},${points[1]!.y}`;
  // A smooth line through dagre's points.
  let d = `M${points[0]!.x},${points[0]!.y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const mid = { x: (points[i]!.x + points[i + 1]!.x) / 2, y: (points[i]!.y + points[i + 1]!.y) / 2 };
    d += ` Q${points[i]!.x},${points[i]!.y} ${mid.x},${mid.y}`;
  }
  const last = points.at(-1)!;
  return `${d} L${last.x},${last.y}`;
};

interface ChartView {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export class StatechartView {
  private graph: MachineGraph | undefined;
  private nodes = new Map<string, SVGGElement>();
  private edges = new Map<string, SVGGElement[]>();
  private active = new Set<string>();
  private flashedAt = 0;

  /** The part of the chart in view (zoom and pan move it); `home` is the whole chart. */
  private view: ChartView = { x: 0, y: 0, width: 1, height: 1 };
  private home: ChartView = { x: 0, y: 0, width: 1, height: 1 };

  constructor(private readonly container: HTMLElement) {
    // Wheel zooms around the pointer, dragging pans, a double click shows the whole chart again.
    container.addEventListener(
      'wheel',
      (event) => {
        const chart = this.chart();
        if (!chart) return;
        event.preventDefault();
        const factor = Math.exp(Math.max(-1, Math.min(1, event.deltaY / 300)));
        const at = this.chartPoint(chart, event.clientX, event.clientY);
        const width = Math.max(this.home.width / 20, Math.min(this.home.width * 4, this.view.width * factor));
        const scale = width / this.view.width;
        this.setView(chart, {
          x: at.x - (at.x - this.view.x) * scale,
          y: at.y - (at.y - this.view.y) * scale,
          width,
          height: this.view.height * scale,
        });
      },
      { passive: false },
    );
    let drag: { x: number; y: number; view: ChartView } | undefined;
    container.addEventListener('pointerdown', (event) => {
      const chart = this.chart();
      if (!chart || event.button !== 0) return;
      drag = { x: event.clientX, y: event.clientY, view: this.view };
      container.setPointerCapture(event.pointerId);
    });
    container.addEventListener('pointermove', (event) => {
      const chart = this.chart();
      if (!chart || !drag) return;
      const box = chart.getBoundingClientRect();
      const perPixel = drag.view.width / Math.max(1, box.width);
      this.setView(chart, {
        ...drag.view,
        x: drag.view.x - (event.clientX - drag.x) * perPixel,
        y: drag.view.y - (event.clientY - drag.y) * perPixel,
      });
    });
    const endDrag = () => (drag = undefined);
    container.addEventListener('pointerup', endDrag);
    container.addEventListener('pointercancel', endDrag);
    container.addEventListener('dblclick', () => {
      const chart = this.chart();
      if (chart) this.setView(chart, this.home);
    });
  }

  private chart(): SVGSVGElement | null {
    return this.container.querySelector<SVGSVGElement>('svg.chart');
  }

  /** Where a point of the screen falls in chart coordinates. */
  private chartPoint(chart: SVGSVGElement, clientX: number, clientY: number): { x: number; y: number } {
    const box = chart.getBoundingClientRect();
    const perPixel = this.view.width / Math.max(1, box.width);
    return { x: this.view.x + (clientX - box.left) * perPixel, y: this.view.y + (clientY - box.top) * perPixel };
  }

  private setView(chart: SVGSVGElement, view: ChartView): void {
    this.view = view;
    chart.setAttribute('viewBox', `${view.x} ${view.y} ${view.width} ${view.height}`);
  }

  /** Shows a machine (laying it out the first time); nothing to show clears the view. */
  show(graph: MachineGraph | undefined): void {
    if (graph === this.graph) return;
    this.graph = graph;
    this.nodes.clear();
    this.edges.clear();
    this.active.clear();
    this.flashedAt = 0;
    if (!graph) {
      this.container.replaceChildren();
      return;
    }
    let layout = layouts.get(graph);
    if (!layout) layouts.set(graph, (layout = layoutChart(graph)));
    this.container.replaceChildren(this.draw(graph, layout));
  }

  /** Marks the active states and flashes transitions taken since the last call. */
  update(value: Json | undefined, lastEdges: readonly string[], lastEdgesAt: number): void {
    if (!this.graph) return;
    const active = activeNodeIds(this.graph, value);
    for (const [id, node] of this.nodes) {
      const on = active.has(id);
      if (on !== this.active.has(id)) node.setAttribute('data-active', String(on));
    }
    this.active = active;
    if (lastEdgesAt > this.flashedAt) {
      this.flashedAt = lastEdgesAt;
      for (const group of this.container.querySelectorAll('.last')) group.classList.remove('last', 'flash');
      for (const id of lastEdges) {
        // A transition that stays in its state is listed inside it: the state flashes instead.
        const inside = this.edges.has(id) ? [] : [this.nodes.get(id.split('|')[0]!)].filter((g) => g !== undefined);
        for (const group of [...(this.edges.get(id) ?? []), ...inside]) {
          group.classList.add('last');
          // Restart the flash animation.
          group.classList.remove('flash');
          void group.getBoundingClientRect();
          group.classList.add('flash');
        }
      }
    }
  }

  private draw(graph: MachineGraph, layout: ChartLayout): SVGSVGElement {
    this.home = { x: -4, y: -4, width: layout.width + 8, height: layout.height + 8 };
    this.view = this.home;
    const root = svg('svg', {
      class: 'chart',
      viewBox: `-4 -4 ${layout.width + 8} ${layout.height + 8}`,
      'data-width': layout.width + 8,
      role: 'img',
      'aria-label': `statechart of ${graph.machineId}`,
      'data-machine': graph.machineId,
    });
    root.append(
      svg(
        'defs',
        {},
        svg(
          'marker',
          {
            id: 'arrow',
            viewBox: '0 0 10 10',
            refX: 9,
            refY: 5,
            markerWidth: 7,
            markerHeight: 7,
            orient: 'auto-start-reverse',
          },
          svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrowhead' }),
        ),
      ),
    );
    const states = svg('g', { class: 'states' });
    // Parents first, so children draw on top.
    for (const node of graph.nodes) {
      const box = layout.boxes.get(node.id);
      if (!box) continue;
      const parent = node.parent ? graph.nodes.find((n) => n.id === node.parent) : undefined;
      const group = svg('g', {
        class: 'state',
        'data-state-id': node.id,
        'data-type': node.type,
        'data-active': 'false',
        ...(parent?.type === 'parallel' ? { 'data-region': 'true' } : {}),
      });
      group.append(svg('rect', { x: box.x, y: box.y, width: box.width, height: box.height, rx: 6 }));
      if (node.type === 'final')
        group.append(
          svg('rect', {
            class: 'inner',
            x: box.x + 3,
            y: box.y + 3,
            width: box.width - 6,
            height: box.height - 6,
            rx: 4,
          }),
        );
      group.append(
        svg('text', { class: 'title', x: box.x + 8, y: box.y + 15 }, node.key + (node.type === 'parallel' ? ' ∥' : '')),
      );
      box.lines.forEach((line, i) =>
        group.append(svg('text', { class: 'detail', x: box.x + 8, y: box.y + 30 + i * 14 }, line)),
      );
      const title = svg(
        'title',
        {},
        [node.id, ...node.tags.map((tag) => `tag: ${tag}`), node.description ?? ''].filter(Boolean).join('\n'),
      );
      group.append(title);
      if (parent?.initial === node.id) {
        const dot = { x: box.x - 9, y: box.y - 9 };
        group.append(
          svg('circle', { class: 'initial', cx: dot.x, cy: dot.y, r: 4 }),
          svg('path', {
            class: 'initial-arrow',
            d: `M${dot.x + 3},${dot.y + 3} L${box.x + 3},${box.y + 3}`,
            'marker-end': 'url(#arrow)',
          }),
        );
      }
      states.append(group);
      this.nodes.set(node.id, group);
    }
    const edges = svg('g', { class: 'edges' });
    for (const routed of layout.edges) {
      const group = svg('g', { class: `edge kind-${routed.edge.kind}`, 'data-edge-id': routed.edge.id });
      group.append(svg('path', { d: pathOf(routed.points, routed.loop), 'marker-end': 'url(#arrow)' }));
      const text = edgeText(routed.edge);
      group.append(svg('text', { x: routed.label.x, y: routed.label.y + 4, 'text-anchor': 'middle' }, text));
      group.append(
        svg(
          'title',
          {},
          [
            `${text} → ${routed.target}`,
            routed.edge.actions.length > 0 ? `actions: ${routed.edge.actions.join(', ')}` : '',
          ]
            .filter(Boolean)
            .join('\n'),
        ),
      );
      edges.append(group);
      const list = this.edges.get(routed.edge.id) ?? [];
      list.push(group);
      this.edges.set(routed.edge.id, list);
    }
    root.append(states, edges);
    return root;
  }
}
