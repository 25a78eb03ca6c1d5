// Type-ahead for the header search box: a WAI-ARIA combobox over /api/v1/search/suggest.
// Without this script the box is a plain GET form to /search.
(() => {
  const input = document.querySelector('input[data-suggest]');
  if (!input) return;
  const form = input.form;
  const list = document.getElementById(input.getAttribute('aria-controls'));
  let items = [];
  let active = -1;
  let timer = 0;
  let latest = 0;

  const close = () => {
    // An answer still on its way must not open the list again once the reader has closed it.
    clearTimeout(timer);
    latest++;
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    items = [];
    active = -1;
  };

  const highlight = (index) => {
    const options = list.querySelectorAll('[role="option"]');
    options.forEach((o, i) => o.setAttribute('aria-selected', i === index ? 'true' : 'false'));
    active = index;
    if (index >= 0) input.setAttribute('aria-activedescendant', options[index].id);
    else input.removeAttribute('aria-activedescendant');
  };

  const render = (hits) => {
    // A newer answer can arrive while the reader is choosing: keep their choice when it is still listed.
    const chosen = active >= 0 ? items[active]?.url : null;
    items = hits;
    list.replaceChildren(...hits.map((hit, i) => {
      const li = document.createElement('li');
      li.id = `site-suggest-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      const link = document.createElement('a');
      link.href = hit.url;
      link.tabIndex = -1;
      link.textContent = hit.name;
      li.append(link);
      const extra = document.createElement('span');
      extra.className = 'muted';
      extra.textContent = [hit.type === 'film' ? (hit.year ? `${hit.year}` : 'Film') : 'Person', hit.matchedName ? `“${hit.matchedName}”` : '']
        .filter(Boolean).join(' · ');
      li.append(' ', extra);
      li.addEventListener('mousedown', (e) => { e.preventDefault(); window.location.assign(hit.url); });
      return li;
    }));
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', hits.length ? 'true' : 'false');
    active = -1;
    highlight(hits.findIndex((hit) => hit.url === chosen));
  };

  const fetchSuggestions = async () => {
    const q = input.value.trim();
    if (q.length < 2) { close(); return; }
    const ticket = ++latest;
    try {
      const response = await fetch(`${input.dataset.suggest}?q=${encodeURIComponent(q)}&limit=8`, { headers: { Accept: 'application/json' } });
      if (!response.ok || ticket !== latest) return;
      const body = await response.json();
      if (ticket === latest) render(body.results || []);
    } catch {
      // The plain form still works; stay quiet.
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, 120);
  });

  input.addEventListener('keydown', (e) => {
    if (list.hidden) return;
    if (e.key === 'ArrowDown') { e.preventDefault(); highlight(Math.min(active + 1, items.length - 1)); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); highlight(Math.max(active - 1, -1)); }
    else if (e.key === 'Enter' && active >= 0) { e.preventDefault(); window.location.assign(items[active].url); }
    // The first Escape only closes the list; the browser's own Escape (clearing a search box) comes after.
    else if (e.key === 'Escape' && !list.hidden) { e.preventDefault(); close(); }
  });

  input.addEventListener('blur', () => setTimeout(close, 150));
  form.addEventListener('submit', () => close());
})();
