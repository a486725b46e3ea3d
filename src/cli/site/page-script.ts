// The report page's only script, inlined under a CSP hash: sort the article table by a
// column, filter it by status and rule. It reads the table's own cells, nothing else.
export const PAGE_SCRIPT = `(() => {
  const table = document.getElementById('articles');
  const body = table.tBodies[0];
  const status = document.getElementById('status-filter');
  const rule = document.getElementById('rule-filter');
  const apply = () => {
    for (const row of body.rows) {
      const okStatus = !status.value || row.dataset.status === status.value;
      const okRule = !rule.value || row.dataset.rules.split(' ').includes(rule.value);
      row.hidden = !(okStatus && okRule);
    }
  };
  status.addEventListener('change', apply);
  rule.addEventListener('change', apply);
  table.tHead.querySelectorAll('th[data-sort]').forEach((th, column) => {
    th.tabIndex = 0;
    const sort = () => {
      const numeric = th.dataset.sort === 'number';
      const dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
      table.tHead.querySelectorAll('th').forEach((other) => other.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
      const key = (row) => row.cells[column].dataset.value ?? row.cells[column].textContent;
      const rows = [...body.rows].sort((a, b) => dir * (numeric ? Number(key(a)) - Number(key(b)) : key(a).localeCompare(key(b))));
      body.append(...rows);
    };
    th.addEventListener('click', sort);
    th.addEventListener('keydown', (event) => { if (event.key === 'Enter') sort(); });
  });
})();`;

export const PAGE_STYLE = `
:root { color-scheme: light dark; --band: #cfe3ff; --bad: #c62828; --ok: #2e7d32; --old: #ef6c00; --muted: #6b7280; }
body { font: 14px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 1200px; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #8884; vertical-align: top; }
th[data-sort] { cursor: pointer; } th[aria-sort=ascending]::after { content: ' ▲'; } th[aria-sort=descending]::after { content: ' ▼'; }
.cards { display: flex; flex-wrap: wrap; gap: .75rem; padding: 0; list-style: none; }
.cards li { border: 1px solid #8886; border-radius: 6px; padding: .5rem .8rem; min-width: 7rem; }
.cards b { display: block; font-size: 1.3rem; }
.status-errors, .status-failed, .mismatched, .inconsistent { color: var(--bad); }
.status-clean, .current { color: var(--ok); } .outdated { color: var(--old); }
tr.inconsistent td:first-child { border-left: 4px solid var(--bad); }
.findings { margin: 0; padding-left: 1rem; color: var(--muted); }
svg .band { fill: var(--band); } svg .dot { stroke: #000; stroke-width: .5; }
svg .dot.inconsistent { fill: var(--bad); } svg .dot.consistent { fill: var(--ok); } svg .mean { stroke: #333; stroke-width: 2; }
svg text { font-size: 10px; fill: currentColor; }
.filters { margin: .5rem 0; display: flex; gap: 1rem; }
`;
