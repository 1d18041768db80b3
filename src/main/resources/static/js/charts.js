// Draws every element marked data-chart with Apache ECharts: data come from data attributes, never from
// inline script (the Content-Security-Policy forbids it). Each chart sits next to a table of the same data.
// The canvas renderer and no tooltip: ECharts' SVG output and tooltips write style attributes, which the
// policy also refuses; the table beside the chart gives every exact number.
/* global echarts */
function draw(element) {
  const labels = JSON.parse(element.dataset.labels);
  const values = JSON.parse(element.dataset.values);
  const chart = echarts.init(element, null, { renderer: 'canvas' });
  chart.setOption({
    aria: { enabled: true, label: { description: element.dataset.description } },
    grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', name: element.dataset.series, data: values, itemStyle: { color: '#0b3d4a' } }],
  });
  window.addEventListener('resize', () => chart.resize());
}

document.querySelectorAll('[data-chart]').forEach(draw);
