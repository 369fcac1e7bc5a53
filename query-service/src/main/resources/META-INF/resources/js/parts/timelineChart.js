import { h } from '../dom.js';
import { rootColour, rootName } from '../cameo.js';

/**
 * A stacked bar chart of /api/stats/timeline buckets ({period, root, count}): one bar per period,
 * one colour per CAMEO root. {@code onBar(period, root)} is called when a bar is clicked. The chart
 * draws on a canvas (labels are never HTML); it is destroyed when {@code signal} aborts.
 */
export function timelineChart(buckets, onBar, signal) {
  const canvas = h('canvas', { role: 'img', 'aria-label': 'Event counts per period and CAMEO root' });
  const box = h('div', { class: 'chart' }, canvas);
  const periods = [...new Set(buckets.map((bucket) => bucket.period))].sort();
  const roots = [...new Set(buckets.map((bucket) => bucket.root))].sort();
  const counts = new Map(buckets.map((bucket) => [`${bucket.period}/${bucket.root}`, bucket.count]));
  const chart = new window.Chart(canvas, {
    type: 'bar',
    data: {
      labels: periods,
      datasets: roots.map((root) => ({
        label: `${root} ${rootName(root)}`,
        root,
        data: periods.map((period) => counts.get(`${period}/${root}`) ?? 0),
        backgroundColor: rootColour(root),
        maxBarThickness: 72,
      })),
    },
    options: {
      maintainAspectRatio: false,
      animation: false,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: 'right', labels: { boxWidth: 12 } } },
      onHover: (event, elements) => {
        event.native.target.style.cursor = elements.length ? 'pointer' : 'default';
      },
      onClick: (event, elements) => {
        const [bar] = elements;
        if (bar) {
          onBar(periods[bar.index], chart.data.datasets[bar.datasetIndex].root);
        }
      },
    },
  });
  signal.addEventListener('abort', () => chart.destroy());
  return box;
}
