import { fill, h } from '../dom.js';
import { count } from '../format.js';
import { eventRow, eventTable } from '../parts/eventTable.js';

/** Rows kept on the page: a busy stream would otherwise grow it without end. */
const MAX_ROWS = 500;

/** #/live: events as query-service stores them, newest on top, from the Server-Sent Events stream. */
export function liveView(root, current, signal) {
  const status = h('span', { class: 'status connecting', role: 'status' }, 'connecting…');
  const received = h('span', { class: 'muted' }, 'No events yet: upload an article and its events appear here.');
  const table = eventTable([]);
  const rows = table.tBodies[0];
  let total = 0;
  fill(root,
    h('h1', {}, 'Live ', status),
    h('p', {}, 'New events appear here as they are stored, newest first. ', received),
    table);

  const stream = new EventSource('/api/events/stream');
  const show = (state, text) => {
    status.className = `status ${state}`;
    status.textContent = text;
  };
  stream.addEventListener('open', () => show('live', 'connected'));
  // EventSource reconnects by itself; say so instead of failing.
  stream.addEventListener('error', () => show('connecting', 'reconnecting…'));
  // The stream announces an event once, when its article is stored; a re-analysis of the article
  // announces it again. The page shows it once, with what was stored last.
  const shown = new Map();
  stream.addEventListener('message', (message) => {
    const event = JSON.parse(message.data);
    const row = eventRow(event);
    row.classList.add('arrived');
    const earlier = shown.get(event.eventId);
    if (earlier?.isConnected) {
      earlier.replaceWith(row);
    } else {
      rows.prepend(row);
      total += 1;
    }
    shown.set(event.eventId, row);
    while (rows.rows.length > MAX_ROWS) {
      shown.delete(rows.lastElementChild.dataset.eventId);
      rows.lastElementChild.remove();
    }
    fill(received, `${count(total, 'event', 'events')} since this page opened.`);
  });
  // A re-analysis that no longer finds an event retracts it: the page stops showing it.
  stream.addEventListener('retraction', (message) => {
    const { eventId } = JSON.parse(message.data);
    const row = shown.get(eventId);
    shown.delete(eventId);
    if (row?.isConnected) {
      row.remove();
      total -= 1;
      fill(received, `${count(total, 'event', 'events')} since this page opened.`);
    }
  });
  signal.addEventListener('abort', () => stream.close());
}
