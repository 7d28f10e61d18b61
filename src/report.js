// tifa report: the claims table (filter, sort, pages) and the document viewer. Text from
// documents only ever reaches the page through textContent, never as markup.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("data").textContent);
  var docs = data.docs, claims = data.claims;
  var PAGE = 200;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // Claims: rows are [doc, kind, value, qualifier, unit, subject, text].
  var filter = document.getElementById("claim-filter");
  var kindSelect = document.getElementById("claim-kind");
  var tbody = document.querySelector("#claim-table tbody");
  var count = document.getElementById("claim-count");
  var state = { page: 0, col: -1, asc: true, rows: claims };
  var kinds = {};
  claims.forEach(function (c) { kinds[c[1]] = true; });
  Object.keys(kinds).sort().forEach(function (k) {
    var o = el("option", null, k);
    o.value = k;
    kindSelect.appendChild(o);
  });

  function applyFilter() {
    var q = filter.value.trim().toLowerCase();
    var kind = kindSelect.value;
    state.rows = claims.filter(function (c) {
      if (kind && c[1] !== kind) return false;
      if (!q) return true;
      var hay = (c[4] + " " + c[5] + " " + c[6] + " " + docs[c[0]].id).toLowerCase();
      return hay.indexOf(q) >= 0;
    });
    if (state.col >= 0) sortRows();
    state.page = 0;
    drawClaims();
  }

  function sortRows() {
    var col = state.col, dir = state.asc ? 1 : -1;
    state.rows = state.rows.slice().sort(function (a, b) {
      var x = a[col], y = b[col];
      if (col === 0) { x = docs[x].id; y = docs[y].id; }
      return (x < y ? -1 : x > y ? 1 : 0) * dir;
    });
  }

  function drawClaims() {
    tbody.textContent = "";
    var start = state.page * PAGE;
    state.rows.slice(start, start + PAGE).forEach(function (c) {
      var tr = el("tr");
      [c[1], String(c[2]), c[3], c[4], c[5], c[6]].forEach(function (v, i) {
        tr.appendChild(el("td", i === 1 ? "n" : null, v));
      });
      var td = el("td");
      var a = el("a", null, docs[c[0]].id);
      a.href = "#doc=" + c[0];
      td.appendChild(a);
      tr.appendChild(td);
      tbody.appendChild(tr);
    });
    var shown = Math.min(state.rows.length, start + PAGE);
    count.textContent = state.rows.length ? (start + 1) + "–" + shown + " of " + state.rows.length : "no claims match";
    document.getElementById("claim-table").setAttribute("data-rows", state.rows.length);
  }

  filter.addEventListener("input", applyFilter);
  kindSelect.addEventListener("change", applyFilter);
  document.querySelectorAll("#claim-table th").forEach(function (th) {
    th.style.cursor = "pointer";
    th.addEventListener("click", function () {
      var col = Number(th.getAttribute("data-col"));
      state.asc = state.col === col ? !state.asc : true;
      state.col = col;
      sortRows();
      drawClaims();
    });
  });
  document.getElementById("claim-prev").addEventListener("click", function () {
    if (state.page > 0) { state.page--; drawClaims(); }
  });
  document.getElementById("claim-next").addEventListener("click", function () {
    if ((state.page + 1) * PAGE < state.rows.length) { state.page++; drawClaims(); }
  });

  // Documents.
  var select = document.getElementById("doc-select");
  var view = document.getElementById("doc-view");
  var docFilter = document.getElementById("doc-filter");
  var current = 0;

  function fillSelect() {
    var q = docFilter.value.trim().toLowerCase();
    select.textContent = "";
    var shown = 0;
    for (var i = 0; i < docs.length && shown < 500; i++) {
      if (q && docs[i].id.toLowerCase().indexOf(q) < 0) continue;
      var o = el("option", null, docs[i].id);
      o.value = i;
      select.appendChild(o);
      shown++;
    }
  }

  function classAt(d) {
    // The mark of every char of the text: claim over term.
    var marks = {};
    d.t.forEach(function (t) {
      for (var i = t[0]; i < t[1]; i++) marks[i] = "term";
    });
    d.c.forEach(function (c) {
      for (var i = c[0]; i < c[1]; i++) marks[i] = "claim";
    });
    return marks;
  }

  function showDoc(i, at) {
    if (!(i >= 0 && i < docs.length)) return;
    current = i;
    select.value = String(i);
    var d = docs[i];
    view.textContent = "";
    view.appendChild(el("h3", null, d.id));
    if (d.text === null) {
      view.appendChild(el("p", "muted", "The text of this document is not embedded in the report (see documents.jsonl)."));
      return;
    }
    var chars = Array.from(d.text);
    var marks = classAt(d);
    var removedAt = {};
    d.r.forEach(function (r) { (removedAt[r[0]] = removedAt[r[0]] || []).push(r); });
    var dupAt = {};
    d.d.forEach(function (x) { dupAt[x[0]] = x; });
    var target = null;
    d.p.forEach(function (p) {
      var para = el("p");
      var dup = dupAt[p[0]];
      if (dup) {
        para.className = "dup";
        para.title = "repeat #" + (dup[2] + 1) + " of the repeats table";
      }
      var run = "", runMark;
      function flush() {
        if (!run) return;
        para.appendChild(runMark ? el("mark", runMark, run) : document.createTextNode(run));
        run = "";
      }
      for (var k = p[0]; k <= p[1]; k++) {
        (removedAt[k] || []).forEach(function (r) {
          flush();
          var s = el("span", "removed", r[2]);
          s.title = "removed: " + r[1];
          para.appendChild(s);
          removedAt[k] = null;
        });
        if (k === p[1]) break;
        var m = marks[k];
        if (m !== runMark) { flush(); runMark = m; }
        run += chars[k];
      }
      flush();
      view.appendChild(para);
      if (at !== undefined && at >= p[0] && at <= p[1]) target = para;
    });
    if (target) target.scrollIntoView();
  }

  select.addEventListener("change", function () { showDoc(Number(select.value)); });
  docFilter.addEventListener("input", fillSelect);
  document.getElementById("doc-prev").addEventListener("click", function () { showDoc(current - 1); });
  document.getElementById("doc-next").addEventListener("click", function () { showDoc(current + 1); });

  function route() {
    var h = decodeURIComponent(location.hash.slice(1));
    var m = /^doc=(\d+)(?:@(\d+))?$/.exec(h);
    if (m) {
      document.getElementById("documents").scrollIntoView();
      showDoc(Number(m[1]), m[2] === undefined ? undefined : Number(m[2]));
    }
    var f = /^claims=(.*)$/.exec(h);
    if (f) {
      filter.value = f[1];
      applyFilter();
      document.getElementById("claims").scrollIntoView();
    }
  }
  window.addEventListener("hashchange", route);

  fillSelect();
  drawClaims();
  showDoc(0);
  route();
})();
