import { getJson } from '../api.js';
import { timelineChart } from './timelineChart.js';

/** Enough buckets for a readable chart: five pages of the API's largest page. */
const MAX_PAGES = 5;

/** Every bucket of /api/stats/timeline for these filters, up to MAX_PAGES pages. */
export async function timelineBuckets(filters, interval, signal) {
  const buckets = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await getJson('/api/stats/timeline', { ...filters, interval, page, size: 200 }, signal);
    buckets.push(...result.items);
    if ((page + 1) * result.size >= result.total) {
      break;
    }
  }
  return buckets;
}

/** The chart of those buckets, or a line saying there is nothing dated to chart. */
export async function timeline(filters, interval, onBar, signal) {
  const buckets = await timelineBuckets(filters, interval, signal);
  return buckets.length ? timelineChart(buckets, onBar, signal) : null;
}
