"""Inline CSS and JavaScript of the report pages (no network, no external files)."""

STYLE = """
:root { --date: #ffd866; --article: #9be39b; --name: #9ccfff; --citation: #ead7ff; --ink: #1d1d1f; }
body { font-family: "Noto Sans CJK JP", "IPAGothic", "Hiragino Sans", "Yu Gothic", sans-serif; color: var(--ink);
       margin: 0 auto; max-width: 1280px; padding: 1rem 1.5rem; line-height: 1.6; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #ddd; }
nav a { text-decoration: none; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0 1rem; font-size: .85rem; color: #555; }
dl.meta dt { font-weight: bold; } dl.meta dd { margin: 0; word-break: break-all; }
.legend { margin: .8rem 0; display: flex; gap: .6rem; flex-wrap: wrap; }
.key { padding: .15rem .5rem; border-radius: .3rem; cursor: pointer; font-size: .9rem; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 320px; gap: 1.5rem; align-items: start; }
.text { white-space: pre-wrap; font-size: 1rem; line-height: 2; }
#panel { position: sticky; top: 1rem; border: 1px solid #ccc; border-radius: .4rem; padding: .6rem .8rem;
         font-size: .85rem; background: #fafafa; max-height: 90vh; overflow: auto; }
#panel h3 { margin: .4rem 0 .2rem; font-size: .95rem; } #panel table { width: 100%; }
#panel td { vertical-align: top; word-break: break-all; padding: 0 .3rem; }
#panel td:first-child { color: #666; white-space: nowrap; }
.hint, .empty { color: #777; }
.hl { border-radius: .2rem; cursor: pointer; }
.hl-citation { background: var(--citation); border-bottom: 2px solid #a06bd6; }
.hl-name { background: var(--name); }
.hl-article { background: var(--article); }
.hl-date { background: var(--date); }
.hl-name.hl-date, .hl-article.hl-date { background: linear-gradient(var(--date) 60%, var(--name) 60%); }
.hl.open { margin-left: 2px; }
.hl.active { outline: 2px solid #e0245e; }
body.hide-date .hl-date, body.hide-article .hl-article, body.hide-name .hl-name,
body.hide-citation .hl-citation { background: none; border-bottom: none; }
sup.marker a { color: #a0004d; font-weight: bold; text-decoration: none; padding: 0 .1rem; }
sup.marker.missing { color: #c00; }
hr.notes-rule { width: 30%; margin: .6rem 0 0; border: 0; border-top: 1px solid #999; }
a.backref { text-decoration: none; margin-left: .2rem; color: #a0004d; }
:target { outline: 2px dashed #a0004d; }
table { border-collapse: collapse; font-size: .9rem; }
th, td { border-bottom: 1px solid #e5e5e5; padding: .2rem .5rem; }
th { text-align: left; background: #f3f3f3; cursor: default; } table.sortable th { cursor: pointer; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
svg.timeline .axis { stroke: #bbb; } svg.timeline .tick { stroke: #eee; }
svg.timeline .year, svg.timeline .lane { font-size: 11px; fill: #555; }
svg.timeline .dot { fill: var(--date); stroke: #a57c00; } svg.timeline a:hover .dot { fill: #e0245e; }
ul.errors { font-size: .85rem; }
@media (max-width: 800px) { .layout { grid-template-columns: 1fr; } #panel { position: static; } }
"""

# Side panel: the fields of every span covering the hovered or clicked segment; legend toggles;
# body data attributes record what rendered (read by the browser test through --dump-dom).
PAGE_SCRIPT = """
(function () {
  var data = JSON.parse(document.getElementById('span-data').textContent);
  var panel = document.getElementById('panel');
  function cell(text) { var td = document.createElement('td'); td.textContent = text; return td; }
  function show(el) {
    document.querySelectorAll('.hl.active').forEach(function (a) { a.classList.remove('active'); });
    el.classList.add('active');
    panel.textContent = '';
    el.dataset.spans.split(' ').forEach(function (id) {
      var span = data[id]; if (!span) return;
      var h = document.createElement('h3'); h.textContent = span.label + ': ' + span.surface; panel.appendChild(h);
      var table = document.createElement('table');
      Object.keys(span.fields).forEach(function (key) {
        var value = span.fields[key], tr = document.createElement('tr');
        tr.appendChild(cell(key)); tr.appendChild(cell(Array.isArray(value) ? value.join(' / ') : String(value)));
        table.appendChild(tr);
      });
      panel.appendChild(table);
    });
  }
  var spans = document.querySelectorAll('.hl[data-spans]');
  spans.forEach(function (el) {
    el.addEventListener('mouseenter', function () { show(el); });
    el.addEventListener('click', function () { show(el); });
  });
  document.querySelectorAll('.legend input').forEach(function (box) {
    box.addEventListener('change', function () {
      document.body.classList.toggle('hide-' + box.dataset.group, !box.checked);
    });
  });
  var colours = {};
  ['date', 'article', 'name', 'citation'].forEach(function (css) {
    var only = Array.from(document.querySelectorAll('.text .hl-' + css)).filter(function (el) {
      return el.className.replace(' open', '') === 'hl hl-' + css;  // this group alone: its own colour
    })[0];
    colours[css] = only ? getComputedStyle(only).backgroundColor : '';
  });
  document.body.dataset.highlights = String(spans.length);
  document.body.dataset.colours = JSON.stringify(colours);
  if (spans.length) { show(spans[0]); }
})();
"""

# Click a column head to sort a table by it (numbers as numbers).
INDEX_SCRIPT = """
document.querySelectorAll('table.sortable th').forEach(function (th, column) {
  th.addEventListener('click', function () {
    var body = th.closest('table').tBodies[0], rows = Array.from(body.rows), up = th.dataset.up !== '1';
    rows.sort(function (a, b) {
      var x = a.cells[column].textContent, y = b.cells[column].textContent, nx = parseFloat(x), ny = parseFloat(y);
      var order = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, 'ja');
      return up ? order : -order;
    });
    th.dataset.up = up ? '1' : '0';
    rows.forEach(function (row) { body.appendChild(row); });
  });
});
document.body.dataset.ready = '1';
"""
