// Draws every element marked data-chart with Apache ECharts: data come from data attributes, never from
// inline script (the Content-Security-Policy forbids it). Each chart sits next to a table of the same data.
// The canvas renderer and no tooltip: ECharts' SVG output and tooltips write style attributes, which the
// policy also refuses; the table beside the chart gives every exact number.
/* global echarts */
const COLOURS = ['#0b3d4a', '#d4351c', '#1d70b8', '#f47738', '#00703c', '#912b88', '#505a5f'];

// A bar per label: data-labels and data-values are JSON arrays of the same length, data-series the bars' name.
function bar(element) {
  const labels = JSON.parse(element.dataset.labels);
  const values = JSON.parse(element.dataset.values);
  return {
    grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', name: element.dataset.series, data: values, itemStyle: { color: COLOURS[0] } }],
  };
}

// Judged levels over time as steps: data-labels are the dates, data-levels the names of the levels from low to
// high, data-series a JSON array of {name, data} where data holds a level's index per date, or null.
function levels(element) {
  const dates = JSON.parse(element.dataset.labels);
  const names = JSON.parse(element.dataset.levels);
  const series = JSON.parse(element.dataset.series);
  return {
    color: COLOURS,
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 24, top: 48, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: dates, boundaryGap: false },
    yAxis: { type: 'category', data: names, boundaryGap: false },
    series: series.map((s, n) => ({
      type: 'line', step: 'end', name: s.name, data: s.data, connectNulls: true,
      symbol: ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow', 'roundRect'][n % 7], symbolSize: 10,
      lineStyle: { width: 3, type: ['solid', 'dashed', 'dotted'][n % 3] },
    })),
  };
}

const KINDS = { bar, levels };

function draw(element) {
  const kind = KINDS[element.dataset.chart];
  if (!kind) {
    return;
  }
  const chart = echarts.init(element, null, { renderer: 'canvas' });
  chart.setOption({ aria: { enabled: true, label: { description: element.dataset.description } }, ...kind(element) });
  window.addEventListener('resize', () => chart.resize());
}

document.querySelectorAll('[data-chart]').forEach(draw);
