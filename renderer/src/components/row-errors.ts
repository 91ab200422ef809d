/**
 * A form's errors once row `index` of its list `prefix` is removed ('sessions' for
 * 'sessions.1.title'): the removed row's errors go, and those of the rows after it move up
 * with their rows, so each error stays at (and is named by) the row it was about. Without
 * this, "Session 2 title: This is needed." would point at another session after session 1 is
 * removed, or at nothing. Errors of other fields (the list's own, 'sessions', among them) stay.
 */
export function withoutRow<T>(
  errors: Readonly<Record<string, T>>,
  prefix: string,
  index: number,
): Record<string, T> {
  const head = `${prefix}.`;
  const next: Record<string, T> = {};
  for (const [field, value] of Object.entries(errors)) {
    const m = field.startsWith(head) ? /^(\d+)(\..*)?$/.exec(field.slice(head.length)) : null;
    const row = m ? Number(m[1]) : -1;
    if (!m || row < index) next[field] = value;
    else if (row > index) next[`${head}${row - 1}${m[2] ?? ''}`] = value;
  }
  return next;
}
