import { h } from '../dom.js';
import { route } from '../router.js';

/**
 * An article's text with its entity mentions marked by kind and its quotes marked with their
 * speakers. Offsets are the engine's character offsets into the text (UTF-16, as Java and
 * JavaScript count). Quotes do not overlap each other; a mention may sit inside a quote. Where
 * mentions overlap, the first and longest is kept.
 */
export function annotatedText(text, entities, quotes) {
  const mentions = withoutOverlaps(entities.flatMap((entity) => entity.mentions
    .map((mention) => ({ start: mention.start, end: mention.end, entity }))), text.length);
  const quoted = withoutOverlaps(quotes.map((quote) => ({ start: quote.start, end: quote.end, quote })), text.length);
  const parts = [];
  let position = 0;
  for (const { start, end, quote } of quoted) {
    parts.push(...marked(text, position, start, mentions));
    parts.push(quoteElement(quote, marked(text, start, end, mentions)));
    position = end;
  }
  parts.push(...marked(text, position, text.length, mentions));
  return h('div', { class: 'article-text' }, parts);
}

/** Spans inside the text, sorted, each starting after the previous one ended. */
function withoutOverlaps(spans, length) {
  const sorted = spans.filter((span) => span.start >= 0 && span.start < span.end && span.end <= length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  for (const span of sorted) {
    if (kept.length === 0 || span.start >= kept[kept.length - 1].end) {
      kept.push(span);
    }
  }
  return kept;
}

/** The text from {@code from} to {@code to}, mentions inside it marked (clipped to the range). */
function marked(text, from, to, mentions) {
  const parts = [];
  let position = from;
  for (const mention of mentions) {
    const start = Math.max(mention.start, from);
    const end = Math.min(mention.end, to);
    if (start >= end) {
      continue;
    }
    parts.push(text.slice(position, start), mentionElement(mention.entity, text.slice(start, end)));
    position = end;
  }
  parts.push(text.slice(position, to));
  return parts;
}

function mentionElement(entity, shown) {
  const kind = String(entity.kind).toLowerCase();
  const country = entity.countryCode ? ` · ${entity.countryCode}` : '';
  return h('a', {
    class: `entity kind-${kind}`, href: route('actors', entity.id), title: `${entity.name} · ${kind}${country}`,
    dataset: { entityId: entity.id },
  }, shown);
}

function quoteElement(quote, content) {
  const speaker = quote.speaker;
  const label = !speaker ? h('span', { class: 'speaker unknown' }, 'speaker unclear')
    : speaker.entityId ? h('a', { class: 'speaker', href: route('actors', speaker.entityId) }, speaker.name)
      : h('span', { class: 'speaker' }, speaker.name);
  return h('span', { class: 'quote', title: speaker ? `Said by ${speaker.name}` : 'Speaker unclear' }, content, label);
}
