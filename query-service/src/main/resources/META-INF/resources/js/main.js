import { ApiError } from './api.js';
import { fill, h } from './dom.js';
import { currentRoute, route } from './router.js';
import { actorView } from './views/actor.js';
import { articleView } from './views/article.js';
import { eventsView } from './views/events.js';
import { liveView } from './views/live.js';
import { uploadView } from './views/upload.js';

const VIEWS = {
  events: eventsView,
  articles: articleView,
  actors: actorView,
  live: liveView,
  upload: uploadView,
};

const main = document.getElementById('view');
let leaving = new AbortController();

/**
 * Shows the view of the current hash. Each view gets its own element and a signal that aborts when
 * the user moves on: its requests stop, its stream closes, its charts go, and a slow answer can never
 * draw into the next view.
 */
async function show() {
  leaving.abort();
  leaving = new AbortController();
  const signal = leaving.signal;
  const current = currentRoute();
  const view = VIEWS[current.name];
  const root = h('div', { class: `view view-${current.name}`, dataset: { view: current.name } });
  fill(main, root);
  document.title = 'Newsflow';
  for (const link of document.querySelectorAll('nav a[data-route]')) {
    link.classList.toggle('active', link.dataset.route === current.name);
  }
  if (!view) {
    fill(root, h('p', { class: 'error' }, 'No such page. '), h('a', { href: route('events') }, 'Go to the events.'));
    return;
  }
  try {
    await view(root, current, signal);
    root.dataset.ready = 'true';
  } catch (error) {
    if (!signal.aborted) {
      fill(root, h('h1', {}, 'Something went wrong'), h('p', { class: 'error' }, message(error)));
      root.dataset.ready = 'error';
    }
  }
}

function message(error) {
  if (error instanceof ApiError) {
    return error.status === 404 ? `Not found: ${error.message}` : error.message;
  }
  return `The query service could not be reached or answered unexpectedly (${error.message}).`;
}

window.addEventListener('hashchange', show);
show();
