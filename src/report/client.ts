// The one inline script of a document page: hovering or clicking a highlight shows its evidence
// (field path, value, method, confidence); clicking a record row lights up that field's highlights.
// Everything it shows goes in through textContent, never as markup.

/** The script's source, run as-is in the page. */
export const CLIENT_SCRIPT = `(() => {
  const data = JSON.parse(document.getElementById('evidence-data').textContent);
  const panel = document.getElementById('detail');
  let pinned = null;
  const pair = (k, v) => {
    const dt = document.createElement('dt');
    dt.textContent = k;
    const dd = document.createElement('dd');
    dd.textContent = String(v);
    return [dt, dd];
  };
  const show = (ids) => {
    panel.replaceChildren(...ids.map((i) => {
      const e = data[i];
      const dl = document.createElement('dl');
      dl.className = 'evidence';
      dl.append(...pair('path', e.path), ...pair('value', e.value), ...pair('quote', e.quote), ...pair('method', e.method), ...pair('confidence', e.confidence));
      return dl;
    }));
  };
  const idsOf = (mark) => mark.dataset.ev.split(' ').map(Number);
  const clear = (cls) => document.querySelectorAll('mark.' + cls).forEach((m) => m.classList.remove(cls));
  const markOf = (target) => (target instanceof Element ? target.closest('mark[data-ev]') : null);
  document.addEventListener('mouseover', (event) => {
    const mark = markOf(event.target);
    if (mark && !pinned) show(idsOf(mark));
  });
  document.addEventListener('focusin', (event) => {
    const mark = markOf(event.target);
    if (mark) show(idsOf(mark));
  });
  document.addEventListener('click', (event) => {
    const mark = markOf(event.target);
    if (mark) {
      clear('on');
      pinned = mark;
      mark.classList.add('on');
      show(idsOf(mark));
      return;
    }
    const row = event.target instanceof Element ? event.target.closest('[data-path]') : null;
    if (!row) return;
    const path = row.dataset.path;
    const hit = (i) => data[i].path === path || data[i].path.startsWith(path + '/');
    clear('lit');
    const marks = [...document.querySelectorAll('mark[data-ev]')].filter((m) => idsOf(m).some(hit));
    marks.forEach((m) => m.classList.add('lit'));
    if (marks[0]) {
      marks[0].scrollIntoView({ block: 'center' });
      pinned = marks[0];
      show(idsOf(marks[0]).filter(hit));
    }
  });
})();`;
