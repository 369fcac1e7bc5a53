import { h } from '../dom.js';
import { eventDate } from '../format.js';
import { route } from '../router.js';
import { actorLink } from './actors.js';
import { cameoChip } from './cameoChip.js';

/** A table of events: date, CAMEO, source, target, location and the article each comes from. */
export function eventTable(events, caption) {
  return h('table', { class: 'events' },
    caption ? h('caption', {}, caption) : null,
    h('thead', {}, h('tr', {},
      h('th', {}, 'Date'), h('th', {}, 'Event'), h('th', {}, 'Source'), h('th', {}, 'Target'),
      h('th', {}, 'Where'), h('th', {}, 'Article'))),
    h('tbody', {}, events.map(eventRow)));
}

export function eventRow(event) {
  return h('tr', { dataset: { eventId: event.eventId, root: event.cameo.root } },
    h('td', { class: 'date' }, eventDate(event)),
    h('td', {}, cameoChip(event.cameo), event.negated ? h('span', { class: 'chip negated' }, 'not') : null),
    h('td', {}, actorLink(event.source)),
    h('td', {}, actorLink(event.target)),
    h('td', {}, event.location?.name ?? ''),
    h('td', {}, h('a', { href: route('articles', event.articleId), class: 'headline' }, event.headline ?? event.articleId)));
}
