import { getJson } from '../api.js';
import { externalUrl, fill, h } from '../dom.js';
import { count, eventDate, instant } from '../format.js';
import { route } from '../router.js';
import { actorLink, kindChip } from '../parts/actors.js';
import { annotatedText } from '../parts/annotatedText.js';
import { cameoChip } from '../parts/cameoChip.js';

const KINDS = ['PERSON', 'ORGANIZATION', 'COUNTRY', 'LOCATION'];

/** #/articles/<id>: headline, dateline, the annotated text, its entities, and its events with their evidence. */
export async function articleView(root, current, signal) {
  const article = await getJson(`/api/articles/${encodeURIComponent(current.id)}`, {}, signal);
  document.title = `${article.headline} – Newsflow`;
  fill(root, h('article', { class: 'article' },
    h('header', {},
      h('h1', { class: 'headline' }, article.headline),
      article.subtitle ? h('p', { class: 'subtitle' }, article.subtitle) : null,
      h('p', { class: 'dateline' }, datelineOf(article))),
    h('div', { class: 'article-body' },
      h('div', {},
        legend(),
        annotatedText(article.text ?? '', article.entities ?? [], article.quotes ?? [])),
      h('aside', { class: 'entities', 'aria-label': 'Entities' }, entityLists(article.entities ?? []))),
    h('section', { class: 'article-events', 'aria-label': 'Events' },
      h('h2', {}, count((article.events ?? []).length, 'event', 'events')),
      h('ol', { class: 'evidence' }, (article.events ?? []).map(evidence)))));
}

/** Where an article's news date came from, as the reader should hear it. */
const DATE_SOURCES = { published: 'its publication date', dateline: 'its dateline date', received: 'when it was received' };

function datelineOf(article) {
  const dateline = article.dateline ?? {};
  const url = externalUrl(article.url);
  return [
    h('span', { class: 'place' }, [dateline.place, dateline.date].filter(Boolean).join(', ') || 'No dateline'),
    dateline.agency ? h('span', { class: 'agency' }, ` /${dateline.agency}/`) : null,
    article.source ? h('span', { class: 'muted' }, ` · ${article.source}`) : null,
    article.publishedAt ? h('span', { class: 'muted' }, ` · published ${instant(article.publishedAt)}`) : null,
    article.newsDate ? h('span', { class: 'muted news-date' }, ` · filed under ${instant(article.newsDate)} (${DATE_SOURCES[article.dateSource] ?? article.dateSource})`) : null,
    url ? [' · ', h('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, 'original')] : null,
    article.tone !== null && article.tone !== undefined ? h('span', { class: 'muted' }, ` · tone ${article.tone}`) : null,
  ];
}

function legend() {
  return h('p', { class: 'legend' }, KINDS.map(kindChip), h('span', { class: 'quote' }, 'quote', h('span', { class: 'speaker' }, 'speaker')));
}

function entityLists(entities) {
  return KINDS.map((kind) => {
    const ofKind = entities.filter((entity) => entity.kind === kind);
    return ofKind.length === 0 ? null : h('section', {},
      h('h3', {}, kindChip(kind)),
      h('ul', {}, ofKind.map((entity) => h('li', {},
        h('a', { href: route('actors', entity.id) }, entity.name),
        entity.countryCode ? h('span', { class: 'code' }, ` ${entity.countryCode}`) : null,
        entity.roles?.length ? h('span', { class: 'muted' }, ` ${entity.roles.join(', ')}`) : null,
        h('span', { class: 'count' }, ` ×${entity.mentions.length}`)))));
  });
}

/** An event with the sentence it was found in. */
function evidence(event) {
  return h('li', { class: 'event-evidence', dataset: { eventId: event.eventId } },
    h('div', { class: 'event-head' },
      h('span', { class: 'date' }, eventDate(event)), ' ', cameoChip(event.cameo), ' ',
      actorLink(event.source), h('span', { class: 'arrow' }, ' → '), actorLink(event.target),
      event.negated ? h('span', { class: 'chip negated' }, 'negated') : null,
      event.location?.name ? h('span', { class: 'muted' }, ` in ${event.location.name}`) : null),
    h('blockquote', { class: 'sentence' }, event.sentence));
}
