// roundup report: sorts the tables by a click on a column head and filters rows by the search box.
// Inline and dependency-free so that the page works from a mail attachment or a file share.
(function () {
  'use strict';

  function key(row, index, numeric) {
    var cell = row.cells[index];
    var raw = cell.hasAttribute('data-v') ? cell.getAttribute('data-v') : cell.textContent;
    if (!numeric) return raw.trim().toLowerCase();
    var n = parseFloat(raw);
    return isNaN(n) ? null : n;
  }

  function sort(table, head, index) {
    var numeric = head.getAttribute('data-type') === 'num';
    var ascending = head.getAttribute('aria-sort') !== 'ascending';
    table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
    head.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a, index, numeric);
      var y = key(b, index, numeric);
      if (x === y) return 0;
      if (x === null || x === '') return 1; // empty cells last, either way
      if (y === null || y === '') return -1;
      return (x < y ? -1 : 1) * (ascending ? 1 : -1);
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }

  document.querySelectorAll('table.sortable').forEach(function (table) {
    table.querySelectorAll('thead th').forEach(function (head, index) {
      head.tabIndex = 0;
      head.addEventListener('click', function () { sort(table, head, index); });
      head.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(table, head, index); }
      });
    });
  });

  document.querySelectorAll('input[data-filter]').forEach(function (input) {
    var table = document.getElementById(input.getAttribute('data-filter'));
    var count = document.getElementById(input.getAttribute('data-count'));
    input.addEventListener('input', function () {
      var q = input.value.trim().toLowerCase();
      var shown = 0;
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var names = (row.getAttribute('data-names') || '').toLowerCase();
        var hit = !q || row.textContent.toLowerCase().indexOf(q) >= 0 || names.indexOf(q) >= 0;
        row.hidden = !hit;
        if (hit) shown++;
      });
      if (count) count.textContent = String(shown);
    });
  });
})();
