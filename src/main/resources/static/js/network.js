// Draws the association network with Apache ECharts as a force-directed graph: nodes, ties and communities come
// from data attributes (the Content-Security-Policy forbids inline script). Canvas renderer and no tooltip, as in
// charts.js: the policy refuses the style attributes SVG output and tooltips write. The tables beside the graph
// give every figure; hovering a prisoner highlights their ties.
/* global echarts */
const PALETTE = ['#0b3d4a', '#d4351c', '#1d70b8', '#f47738', '#00703c', '#912b88', '#505a5f', '#b58840',
  '#5694ca', '#85994b', '#d53880', '#6f72af'];

function drawNetwork(element) {
  const nodes = JSON.parse(element.dataset.nodes);
  const edges = JSON.parse(element.dataset.edges);
  const categories = JSON.parse(element.dataset.categories);
  const chart = echarts.init(element, null, { renderer: 'canvas' });
  chart.setOption({
    aria: { enabled: true, label: { description: element.dataset.description } },
    color: PALETTE,
    legend: { top: 0, type: 'scroll', data: categories.map((c) => c.name) },
    series: [{
      type: 'graph',
      layout: 'force',
      roam: true,
      draggable: true,
      data: nodes.map((n) => ({ id: n.id, name: n.name, category: n.category, symbolSize: 8 })),
      links: edges,
      categories,
      top: 32,
      force: { repulsion: 22, edgeLength: [6, 24], gravity: 0.3 },
      lineStyle: { color: 'source', opacity: 0.5, width: 1 },
      label: { show: false, position: 'right', fontSize: 10 },
      emphasis: { focus: 'adjacency', label: { show: true } },
    }],
  });
  window.addEventListener('resize', () => chart.resize());
}

document.querySelectorAll('#network-chart').forEach(drawNetwork);
