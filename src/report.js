// tifa report: the claims table (filter, sort, pages), the document finder and viewer. Text
// from documents only ever reaches the page through textContent, never as markup. Document
// text and marks come in chunks of gzip (base64), inflated when a document of them is shown.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("data").textContent);
  var docs = data.docs, claims = data.claims;
  var PAGE = 200;
  var number = new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 });

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // Claims: rows are [doc, kind, value, qualifier, unit, subject, text, span].
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
      [c[1], number.format(c[2]), c[3], c[4], c[5], c[6]].forEach(function (v, i) {
        tr.appendChild(el("td", i === 1 ? "n" : null, v));
      });
      var td = el("td");
      var a = el("a", null, docs[c[0]].id);
      a.href = "#doc=" + c[0] + "@" + c[7][0] + "-" + c[7][1];
      td.appendChild(a);
      tr.appendChild(td);
      tbody.appendChild(tr);
    });
    var shown = Math.min(state.rows.length, start + PAGE);
    count.textContent = state.rows.length ? number.format(start + 1) + "–" + number.format(shown) + " of " + number.format(state.rows.length) : "no claims match";
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

  // Document bodies: chunk k holds documents texts[k][0].. as gzip of a JSON array of
  // {text, p, r, c, t}; the first `embedded` documents are in the page.
  var bodies = {};
  function chunkOf(i) {
    var k = 0;
    while (k + 1 < data.texts.length && data.texts[k + 1][0] <= i) k++;
    return k;
  }
  function body(i) {
    if (i >= data.embedded) return Promise.resolve(null);
    var k = chunkOf(i);
    if (!bodies[k]) {
      var bin = atob(data.texts[k][1]);
      var bytes = new Uint8Array(bin.length);
      for (var j = 0; j < bin.length; j++) bytes[j] = bin.charCodeAt(j);
      var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
      bodies[k] = new Response(stream).json();
    }
    return bodies[k].then(function (list) { return list[i - data.texts[k][0]]; });
  }

  var view = document.getElementById("doc-view");
  var find = document.getElementById("doc-find");
  var results = document.getElementById("doc-results");
  var docCount = document.getElementById("doc-count");
  var current = 0, shownToken = 0;
  var found = [], listed = 0, active = -1;
  var LIST_PAGE = 100;

  // The finder: every document whose id holds each word typed, listed a page at a time.
  function search() {
    var words = find.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    found = [];
    for (var i = 0; i < docs.length; i++) {
      var id = docs[i].id.toLowerCase();
      if (words.every(function (w) { return id.indexOf(w) >= 0; })) found.push(i);
    }
    results.textContent = "";
    listed = 0;
    active = found.length ? 0 : -1;
    listMore();
    docCount.textContent = words.length ? number.format(found.length) + " of " + number.format(docs.length) + " documents" : "";
    openList(true);
  }

  function listMore() {
    var old = results.querySelector("li.more");
    if (old) old.remove();
    var end = Math.min(found.length, listed + LIST_PAGE);
    for (; listed < end; listed++) {
      var i = found[listed];
      var li = el("li", null, docs[i].id + (i < data.embedded ? "" : " (text not embedded)"));
      li.id = "doc-option-" + listed;
      li.setAttribute("role", "option");
      li.setAttribute("data-doc", i);
      results.appendChild(li);
    }
    if (listed < found.length) results.appendChild(el("li", "more", "… " + number.format(found.length - listed) + " more: scroll"));
    markActive();
  }

  function markActive() {
    results.querySelectorAll("li[aria-selected]").forEach(function (li) { li.removeAttribute("aria-selected"); });
    var li = document.getElementById("doc-option-" + active);
    if (li) {
      li.setAttribute("aria-selected", "true");
      find.setAttribute("aria-activedescendant", li.id);
      li.scrollIntoView({ block: "nearest" });
    }
  }

  function openList(open) {
    results.hidden = !open || !found.length;
    find.setAttribute("aria-expanded", String(!results.hidden));
  }

  function pick(n) {
    if (n < 0 || n >= found.length) return;
    openList(false);
    go(found[n]);
  }

  // Opens document i (again, if it is open) and puts it in the address.
  function go(i) {
    if (!(i >= 0 && i < docs.length)) return;
    history.pushState(null, "", "#doc=" + i);
    showDoc(i);
  }

  find.addEventListener("input", search);
  find.addEventListener("focus", function () { if (find.value.trim()) openList(true); });
  find.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (results.hidden) { openList(true); return; }
      active = Math.max(0, Math.min(found.length - 1, active + (e.key === "ArrowDown" ? 1 : -1)));
      if (active >= listed) listMore();
      markActive();
    } else if (e.key === "Enter") {
      e.preventDefault();
      pick(active);
    } else if (e.key === "Escape") {
      openList(false);
    }
  });
  results.addEventListener("mousedown", function (e) {
    e.preventDefault(); // the search box keeps the focus, and the list stays open
    var li = e.target.closest("li[data-doc]");
    if (li) pick(Number(li.id.slice("doc-option-".length)));
  });
  results.addEventListener("scroll", function () {
    if (listed < found.length && results.scrollTop + results.clientHeight >= results.scrollHeight - 40) listMore();
  });
  find.addEventListener("blur", function () { openList(false); });

  function classAt(d, hit) {
    // The mark of every char of the text: claim over term; the char linked to marked as hit.
    var marks = {};
    d.t.forEach(function (t) {
      for (var i = t[0]; i < t[1]; i++) marks[i] = "term";
    });
    d.c.forEach(function (c) {
      for (var i = c[0]; i < c[1]; i++) marks[i] = "claim";
    });
    if (hit) {
      for (var i = hit[0]; i < hit[1]; i++) marks[i] = (marks[i] ? marks[i] + " " : "") + "hit";
    }
    return marks;
  }

  // Shows document i; `hit` ([start, end] chars, or a word) is marked and scrolled to.
  function showDoc(i, hit) {
    if (!(i >= 0 && i < docs.length)) return;
    current = i;
    var token = ++shownToken;
    view.textContent = "";
    view.appendChild(el("h3", null, docs[i].id));
    view.setAttribute("data-doc", i);
    body(i).then(function (b) {
      if (token !== shownToken) return;
      if (b === null) {
        view.appendChild(el("p", "note", "The text of this document is not embedded in the report: the page holds the first " +
          number.format(data.embedded) + " of " + number.format(docs.length) + " documents. Its text is line " +
          number.format(i + 1) + " of documents.jsonl."));
        return;
      }
      drawBody(docs[i], b, hit);
    });
  }

  // The char span of the first occurrence of `word` in `text`, or undefined.
  function spanOf(text, word) {
    var at = text.indexOf(word);
    if (at < 0) return undefined;
    var start = Array.from(text.slice(0, at)).length;
    return [start, start + Array.from(word).length];
  }

  // Draws a document's paragraphs; `hit` is a char span, or a word marked where it first
  // stands.
  function drawBody(doc, d, hit) {
    var chars = Array.from(d.text);
    if (typeof hit === "string") hit = spanOf(d.text, hit);
    var marks = classAt(d, hit);
    var removedAt = {};
    d.r.forEach(function (r) { (removedAt[r[0]] = removedAt[r[0]] || []).push(r); });
    var dupAt = {};
    doc.d.forEach(function (x) { dupAt[x[0]] = x; });
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
    });
    var target = view.querySelector("mark.hit");
    if (target) target.scrollIntoView({ block: "center" });
    view.setAttribute("data-shown", "true");
  }

  document.getElementById("doc-prev").addEventListener("click", function () { go(current - 1); });
  document.getElementById("doc-next").addEventListener("click", function () { go(current + 1); });

  function route() {
    var h = decodeURIComponent(location.hash.slice(1));
    var m = /^doc=(\d+)(?:@(\d+)(?:-(\d+))?)?(?:~(.+))?$/.exec(h);
    if (m) {
      var at = m[2] === undefined ? undefined : Number(m[2]);
      var hit = at === undefined ? m[4] : [at, m[3] === undefined ? at + 1 : Number(m[3])];
      document.getElementById("documents").scrollIntoView();
      showDoc(Number(m[1]), hit);
    }
    var f = /^claims=(.*)$/.exec(h);
    if (f) {
      filter.value = f[1];
      applyFilter();
      document.getElementById("claims").scrollIntoView();
    }
  }
  window.addEventListener("hashchange", route);

  // Index tables (programs, slogans, cited documents, keywords): rows are [name, count,
  // documents, [places in corpus order], [first char span at each place, when known]]; filter, sort by a column, pages; a name opens its
  // documents and a chart of where it occurs (by year when document ids carry one).
  var index = JSON.parse(document.getElementById("index-data").textContent);
  var IPAGE = 50;
  // A document's date from its id: year and month (20230820…, 2023-08-20) or a year alone.
  function dateOf(id) {
    var m = /(?:^|[^0-9])((?:19|20)[0-9]{2})[-_.\/]?([01][0-9])[-_.\/]?[0-3][0-9](?:[^0-9]|$)/.exec(id);
    if (m) return [Number(m[1]), Number(m[2])];
    m = /(?:^|[^0-9])((?:19|20)[0-9]{2})(?:[^0-9]|$)/.exec(id);
    return m ? [Number(m[1]), 0] : null;
  }
  var dates = docs.map(function (d) { return dateOf(d.id); });
  var known = dates.filter(function (x) { return x !== null; });
  var dated = docs.length > 1 && known.length >= docs.length * 0.8;
  var monthly = dated && known.every(function (x) { return x[1] > 0; });
  // The bin of a date: months when every date has one, else years.
  function keyOf(x) { return monthly ? x[0] * 12 + x[1] - 1 : x[0]; }
  function labelOf(k) { return monthly ? Math.floor(k / 12) + "-" + ("0" + (k % 12 + 1)).slice(-2) : String(k); }

  // Bins of a chart: [label, count] by month or year, or 40 stretches of the corpus order.
  function bins(places) {
    var out = [], i;
    if (dated) {
      var ks = known.map(keyOf);
      var lo = Math.min.apply(null, ks), hi = Math.max.apply(null, ks);
      for (i = lo; i <= hi; i++) out.push([labelOf(i), 0]);
      places.forEach(function (p) { if (dates[p] !== null) out[keyOf(dates[p]) - lo][1]++; });
      return out;
    }
    var n = Math.min(40, docs.length);
    for (i = 0; i < n; i++) out.push(["documents " + number.format(Math.floor(i * docs.length / n) + 1) + "–" + number.format(Math.floor((i + 1) * docs.length / n)), 0]);
    places.forEach(function (p) { out[Math.floor(p * n / docs.length)][1]++; });
    return out;
  }

  // The chart as inline SVG: its markup holds numbers only; labels are set as text.
  function chart(places) {
    var b = bins(places), W = 480, H = 60, w = W / b.length;
    var max = Math.max.apply(null, b.map(function (x) { return x[1]; })) || 1;
    var rects = b.map(function (x, i) {
      var h = Math.round(x[1] / max * H);
      return "<rect x='" + (i * w).toFixed(1) + "' y='" + (H - h) + "' width='" + Math.max(1, w - 1).toFixed(1) +
        "' height='" + h + "' fill='#2f6fba'><title></title></rect>";
    }).join("");
    var box = el("div");
    box.innerHTML = "<svg class='freq' width='" + W + "' height='" + (H + 14) + "'>" + rects +
      "<text x='0' y='" + (H + 12) + "' font-size='11'></text>" +
      "<text x='" + W + "' y='" + (H + 12) + "' font-size='11' text-anchor='end'></text></svg>";
    box.querySelectorAll("title").forEach(function (t, i) {
      t.textContent = b[i][0] + ": " + number.format(b[i][1]) + " documents";
    });
    var ends = box.querySelectorAll("text");
    ends[0].textContent = dated ? b[0][0] : "first document";
    ends[1].textContent = dated ? b[b.length - 1][0] : "last document";
    return box.firstChild;
  }

  // The link to the i-th document of an index row, at the name's first place in it: its span
  // when the index has it, else the name, found in the text when the document opens.
  function placeLink(row, i) {
    var s = row[4][i];
    return "#doc=" + row[3][i] + (s ? "@" + s[0] + "-" + s[1] : "~" + encodeURIComponent(row[0]));
  }

  function details(row) {
    var box = el("div", "index-docs");
    box.appendChild(chart(row[3]));
    var list = el("p");
    row[3].slice(0, 100).forEach(function (p, i) {
      if (i) list.appendChild(document.createTextNode(" · "));
      var a = el("a", null, docs[p].id);
      a.href = placeLink(row, i);
      list.appendChild(a);
    });
    if (row[3].length > 100) list.appendChild(document.createTextNode(" … and " + number.format(row[3].length - 100) + " more"));
    box.appendChild(list);
    return box;
  }

  function indexTable(box, rows) {
    var st = { rows: rows, page: 0, col: 1, asc: false, open: {} };
    var input = el("input");
    input.type = "search";
    input.placeholder = "filter by name";
    var info = el("span", "muted");
    var table = el("table"), head = el("tr"), tb = el("tbody");
    [["name", 0], ["count", 1], ["docs", 2], ["first seen", 4], ["last seen", 5]].forEach(function (c) {
      var th = el("th", c[1] === 1 || c[1] === 2 ? "n" : null, c[0]);
      th.style.cursor = "pointer";
      th.addEventListener("click", function () {
        st.asc = st.col === c[1] ? !st.asc : c[1] === 0 || c[1] === 4;
        st.col = c[1];
        sort();
        draw();
      });
      head.appendChild(th);
    });
    var thead = el("thead");
    thead.appendChild(head);
    table.appendChild(thead);
    table.appendChild(tb);
    var prev = el("button", null, "previous"), next = el("button", null, "next");
    var nav = el("p");
    nav.appendChild(prev);
    nav.appendChild(document.createTextNode(" "));
    nav.appendChild(next);
    function key(r, col) {
      if (col === 4) return r[3].length ? r[3][0] : Infinity;
      if (col === 5) return r[3].length ? r[3][r[3].length - 1] : -1;
      return r[col];
    }
    function sort() {
      var dir = st.asc ? 1 : -1;
      st.rows = st.rows.slice().sort(function (a, b) {
        var x = key(a, st.col), y = key(b, st.col);
        return (x < y ? -1 : x > y ? 1 : 0) * dir;
      });
    }
    function link(r, i) {
      var td = el("td");
      if (i >= 0) {
        var a = el("a", null, docs[r[3][i]].id);
        a.href = placeLink(r, i);
        td.appendChild(a);
      }
      return td;
    }
    function draw() {
      tb.textContent = "";
      var start = st.page * IPAGE;
      st.rows.slice(start, start + IPAGE).forEach(function (r) {
        var tr = el("tr"), name = el("td"), b = el("button", "name", r[0]);
        b.setAttribute("aria-expanded", st.open[r[0]] ? "true" : "false");
        b.addEventListener("click", function () { st.open[r[0]] = !st.open[r[0]]; draw(); });
        name.appendChild(b);
        tr.appendChild(name);
        tr.appendChild(el("td", "n", number.format(r[1])));
        tr.appendChild(el("td", "n", number.format(r[2])));
        tr.appendChild(link(r, r[3].length ? 0 : -1));
        tr.appendChild(link(r, r[3].length - 1));
        tb.appendChild(tr);
        if (st.open[r[0]]) {
          var more = el("tr", "open"), td = el("td");
          td.colSpan = 5;
          td.appendChild(details(r));
          more.appendChild(td);
          tb.appendChild(more);
        }
      });
      var shown = Math.min(st.rows.length, start + IPAGE);
      info.textContent = st.rows.length ? " " + number.format(start + 1) + "–" + number.format(shown) + " of " + number.format(st.rows.length) : " nothing matches";
      table.setAttribute("data-entries", st.rows.length);
    }
    input.addEventListener("input", function () {
      var q = input.value.trim().toLowerCase();
      st.rows = rows.filter(function (r) { return r[0].toLowerCase().indexOf(q) >= 0; });
      sort();
      st.page = 0;
      draw();
    });
    prev.addEventListener("click", function () { if (st.page > 0) { st.page--; draw(); } });
    next.addEventListener("click", function () { if ((st.page + 1) * IPAGE < st.rows.length) { st.page++; draw(); } });
    box.appendChild(input);
    box.appendChild(info);
    box.appendChild(table);
    box.appendChild(nav);
    draw();
  }
  document.querySelectorAll(".index-table").forEach(function (box) {
    indexTable(box, index[box.getAttribute("data-set")] || []);
  });

  drawClaims();
  showDoc(0);
  route();
})();
