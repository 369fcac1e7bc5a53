// How values read on the page.

/** An event's date at its precision (2017-06-03, 2017-06 or 2017), or a dash when undated. */
export function eventDate(event) {
  return event.date ?? '—';
}

export function instant(value) {
  if (!value) {
    return null;
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

export function count(number, one, many) {
  return `${number.toLocaleString('en')} ${number === 1 ? one : many}`;
}

/**
 * The days a timeline bar stands for, as the from and to filters of /api/events: a day, the week
 * that starts on a Monday, or a month.
 */
export function periodRange(period, interval) {
  if (interval === 'month') {
    return { from: period.slice(0, 7), to: period.slice(0, 7) };
  }
  if (interval === 'week') {
    const end = new Date(`${period}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 6);
    return { from: period, to: end.toISOString().slice(0, 10) };
  }
  return { from: period, to: period };
}
