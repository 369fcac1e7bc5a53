import { getJson } from '../api.js';
import { fill, h } from '../dom.js';
import { count, periodRange } from '../format.js';
import { go, route } from '../router.js';
import { kindChip } from '../parts/actors.js';
import { eventTable } from '../parts/eventTable.js';
import { pager } from '../parts/pager.js';
import { timeline } from '../parts/timeline.js';

const PAGE_SIZE = 20;
const COUNTERPARTS = 15;

/** #/actors/<id>: an entity's events over time, whom it acts on and who on it, its events and its quotes. */
export async function actorView(root, current, signal) {
  const id = current.id;
  const page = Number.parseInt(current.params.get('page') ?? '0', 10) || 0;
  const path = `/api/actors/${encodeURIComponent(id)}`;
  const [detail, counterparts, chart] = await Promise.all([
    getJson(path, { page, size: PAGE_SIZE }, signal),
    getJson(`${path}/counterparts`, { size: COUNTERPARTS }, signal),
    timeline({ actor: id }, 'month', (period, cameoRoot) =>
      go(route('events', undefined, { actor: id, root: cameoRoot, interval: 'month', ...periodRange(period, 'month') })), signal),
  ]);
  const actor = detail.actor;
  document.title = `${actor.name} – Newsflow`;
  fill(root,
    h('header', { class: 'actor-head' },
      h('h1', {}, actor.name, ' ', kindChip(actor.kind), actor.countryCode ? h('span', { class: 'code' }, ` ${actor.countryCode}`) : null),
      h('p', { class: 'muted' },
        `${count(actor.mentionCount, 'mention', 'mentions')} · ${count(actor.eventCount, 'event', 'events')}`,
        actor.aliases?.length ? ` · also “${actor.aliases.join('”, “')}”` : '',
        ' · ', h('a', { href: route('events', undefined, { actor: id }) }, 'filter the events by this actor'))),
    h('h2', {}, 'Events per month'),
    chart ? h('section', { class: 'timeline' }, chart) : h('p', { class: 'muted' }, 'No dated events.'),
    h('div', { class: 'counterparts' },
      counterpartList('Acts on', counterparts.actsOn, 'as the source of events on'),
      counterpartList('Acted on by', counterparts.actedOnBy, 'as the target of events by')),
    h('section', { 'aria-label': 'Events' },
      h('h2', {}, 'Events'),
      detail.events.items.length ? eventTable(detail.events.items) : h('p', { class: 'empty' }, 'No events.'),
      pager(detail.events, 'event', (other) => route('actors', id, { page: other }))),
    h('section', { 'aria-label': 'Quotes' },
      h('h2', {}, 'Quotes'),
      detail.quotes.items.length ? h('ul', { class: 'quotes' }, detail.quotes.items.map(quoteItem)) : h('p', { class: 'empty' }, 'No quotes.'),
      detail.quotes.total > detail.quotes.items.length ? pager(detail.quotes, 'quote', (other) => route('actors', id, { page: other })) : null));
}

function counterpartList(title, result, description) {
  return h('section', { class: 'counterpart-list', 'aria-label': title },
    h('h2', {}, title),
    result.items.length === 0 ? h('p', { class: 'empty', title: description }, 'Nobody.')
      : h('ol', {}, result.items.map((other) => h('li', {},
        other.id ? h('a', { href: route('actors', other.id) }, other.name) : other.name,
        other.countryCode ? h('span', { class: 'code' }, ` ${other.countryCode}`) : null,
        h('span', { class: 'count' }, ` ${count(other.eventCount, 'event', 'events')}`)))),
    result.total > result.items.length ? h('p', { class: 'muted' }, `and ${result.total - result.items.length} more`) : null);
}

function quoteItem(quote) {
  return h('li', {},
    h('blockquote', {}, `“${quote.text}”`),
    h('p', { class: 'muted' }, 'in ', h('a', { href: route('articles', quote.articleId) }, quote.headline)));
}
