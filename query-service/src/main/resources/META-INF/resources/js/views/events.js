import { getJson } from '../api.js';
import { cameoRoots } from '../cameo.js';
import { fill, h } from '../dom.js';
import { periodRange } from '../format.js';
import { go, route } from '../router.js';
import { eventTable } from '../parts/eventTable.js';
import { pager } from '../parts/pager.js';
import { timeline } from '../parts/timeline.js';

/** The filters of /api/events this view offers; they live in the route, so a search is a link. */
const FILTERS = ['q', 'actor', 'country', 'root', 'cameo', 'from', 'to'];
const INTERVALS = ['day', 'week', 'month'];
const PAGE_SIZE = 20;

/** #/events: search and filters, the timeline of what matches, and a page of the matching events. */
export async function eventsView(root, current, signal) {
  const filters = Object.fromEntries(FILTERS.map((name) => [name, current.params.get(name) ?? '']));
  const interval = INTERVALS.includes(current.params.get('interval')) ? current.params.get('interval') : 'week';
  const page = Number.parseInt(current.params.get('page') ?? '0', 10) || 0;
  const withFilters = (changes) => route('events', undefined, { ...filters, interval, ...changes });

  const chartBox = h('section', { class: 'timeline', 'aria-label': 'Timeline' }, h('p', { class: 'muted' }, 'Loading the timeline…'));
  const results = h('section', { class: 'results', 'aria-label': 'Events' }, h('p', { class: 'muted' }, 'Loading events…'));
  fill(root,
    h('h1', {}, 'Events'),
    filterForm(filters, interval, signal),
    h('div', { class: 'timeline-head' },
      h('h2', {}, 'Events per ', intervalPicker(interval, (chosen) => go(withFilters({ interval: chosen })))),
      h('span', { class: 'muted' }, 'Click a bar to see its events.')),
    chartBox, results);

  const [events, chart] = await Promise.all([
    getJson('/api/events', { ...filters, page, size: PAGE_SIZE }, signal),
    timeline(filters, interval, (period, cameoRoot) => go(withFilters({ ...periodRange(period, interval), root: cameoRoot })), signal),
  ]);
  fill(chartBox, chart ?? h('p', { class: 'muted' }, 'No dated events match.'));
  fill(results,
    events.items.length ? eventTable(events.items) : h('p', { class: 'empty' }, 'No events match these filters.'),
    pager(events, 'event', (other) => withFilters({ page: other })));
}

function filterForm(filters, interval, signal) {
  const field = (name, label, attributes = {}) => h('label', {},
    h('span', {}, label), h('input', { name, value: filters[name], ...attributes }));
  const roots = h('select', { name: 'root' }, h('option', { value: '' }, 'any'),
    cameoRoots.map(({ code, name }) => h('option', { value: code, selected: code === filters.root }, `${code} ${name}`)));
  const actors = h('datalist', { id: 'actor-names' });
  const form = h('form', { class: 'filters', role: 'search' },
    field('q', 'Text', { type: 'search', placeholder: 'sanctions "nuclear test"' }),
    field('actor', 'Actor', { list: 'actor-names', placeholder: 'name or id', autocomplete: 'off' }),
    actors,
    field('country', 'Country', { placeholder: 'RUS', size: 5, maxlength: 10 }),
    h('label', {}, h('span', {}, 'CAMEO root'), roots),
    field('from', 'From', { placeholder: '2017-06', size: 10, pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' }),
    field('to', 'To', { placeholder: '2017-12-31', size: 10, pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' }),
    h('input', { type: 'hidden', name: 'cameo', value: filters.cameo }),
    h('div', { class: 'buttons' },
      h('button', { type: 'submit' }, 'Search'),
      h('a', { href: route('events', undefined, { interval }), class: 'clear' }, 'Clear')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(form));
    go(route('events', undefined, { ...values, interval }));
  });
  suggestActors(form.elements.actor, actors, signal);
  return form;
}

/** Suggests actor names from /api/actors while the user types. */
function suggestActors(input, list, signal) {
  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const text = input.value.trim();
      if (text.length < 2) {
        return;
      }
      const found = await getJson('/api/actors', { q: text, size: 10 }, signal).catch(() => null);
      if (found) {
        fill(list, found.items.map((actor) => h('option', { value: actor.name }, `${actor.kind.toLowerCase()}, ${actor.eventCount} events`)));
      }
    }, 200);
  });
}

function intervalPicker(interval, onChange) {
  const select = h('select', { name: 'interval', 'aria-label': 'Interval' },
    INTERVALS.map((value) => h('option', { value, selected: value === interval }, value)));
  select.addEventListener('change', () => onChange(select.value));
  return select;
}
