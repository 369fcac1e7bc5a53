import { h } from '../dom.js';
import { count } from '../format.js';

/**
 * "Previous · page 2 of 5 · Next" for a page of the API ({page, size, total}); {@code hrefOf(page)}
 * gives the link of another page.
 */
export function pager(result, noun, hrefOf) {
  const pages = Math.max(1, Math.ceil(result.total / result.size));
  const previous = result.page > 0 ? h('a', { href: hrefOf(result.page - 1), rel: 'prev' }, '← Previous') : null;
  const next = result.page + 1 < pages ? h('a', { href: hrefOf(result.page + 1), rel: 'next' }, 'Next →') : null;
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    previous, h('span', { class: 'position' }, `${count(result.total, noun, `${noun}s`)} · page ${result.page + 1} of ${pages}`), next);
}
