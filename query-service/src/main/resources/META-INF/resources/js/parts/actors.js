import { h } from '../dom.js';
import { route } from '../router.js';

/** An actor's name, linked to its view when the engine tied it to an entity, with its country code. */
export function actorLink(actor) {
  if (!actor) {
    return h('span', { class: 'muted' }, '—');
  }
  const name = actor.entityId
    ? h('a', { href: route('actors', actor.entityId), class: 'actor' }, actor.name)
    : h('span', { class: 'actor' }, actor.name);
  return h('span', {}, name, actor.countryCode ? h('span', { class: 'code' }, ` ${actor.countryCode}`) : null);
}

export function kindChip(kind) {
  return h('span', { class: `chip kind-${String(kind).toLowerCase()}` }, String(kind).toLowerCase());
}
