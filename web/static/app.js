// Progressive enhancement only: every control works without JavaScript (forms submit, links
// navigate, the filter drawer opens through #filters). With JavaScript:
// - the search page updates in place: ticking a facet, sorting, paging, a chip, the map fetch the
//   page's own HTML for the new URL and swap the results and facets, keeping scroll position and
//   focus; the URL follows (history.pushState) and back/forward restore it (popstate);
// - on narrow screens the facets are a drawer (「絞り込み」 opens it, 「N 件を表示」 closes it);
// - the 検討リスト (shortlist) is kept in localStorage and shown as /shortlist?ids=…;
// - the search box suggests words as you type (an ARIA combobox over /api/suggest);
// - a table wider than its box says that it scrolls sideways.
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js");

  // ---------------------------------------------------------------- 検討リスト (shortlist)
  var STORE = "dxsearch.shortlist";
  var ID = /^[A-Za-z0-9][A-Za-z0-9._~-]{0,159}$/;

  function loadList() {
    try {
      var v = JSON.parse(window.localStorage.getItem(STORE) || "[]");
      return Array.isArray(v) ? v.filter(function (x) { return typeof x === "string" && ID.test(x); }) : [];
    } catch (e) {
      return [];
    }
  }
  function saveList(ids) {
    try { window.localStorage.setItem(STORE, JSON.stringify(ids)); } catch (e) { /* private mode: the URL still works */ }
    refreshShortlistUI();
  }
  function listUrl(ids) {
    return "/shortlist" + (ids.length ? "?ids=" + ids.join(",") : "");
  }
  function sameList(a, b) {
    return a.length === b.length && a.every(function (x, i) { return x === b[i]; });
  }

  function refreshShortlistUI() {
    var ids = loadList();
    document.querySelectorAll("a.shortlist-link").forEach(function (a) {
      a.setAttribute("href", listUrl(ids));
      var n = a.querySelector(".shortlist-count");
      if (n) n.textContent = ids.length ? String(ids.length) : "";
      a.setAttribute("aria-label", "検討リスト" + (ids.length ? "(" + ids.length + " 件)" : "(空)"));
    });
    document.querySelectorAll("button.shortlist-toggle").forEach(function (b) {
      b.setAttribute("aria-pressed", ids.indexOf(b.dataset.caseId) >= 0 ? "true" : "false");
    });
  }

  function toggleButton(caseId, name) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "shortlist-toggle";
    b.dataset.caseId = caseId;
    // the label in a span of its own: the 「済み・押すと外す」 shown after it once added is read
    // right after it, before the case's name (WCAG 2.5.3: the name starts with what is shown)
    var label = document.createElement("span");
    label.className = "label";
    label.textContent = "検討リストに追加";
    b.appendChild(label);
    if (name) {
      var hidden = document.createElement("span");
      hidden.className = "visually-hidden";
      hidden.textContent = ": " + name;
      b.appendChild(hidden);
    }
    return b;
  }

  // a button per hit (results, similar cases, a case's similar cases) and on a case's page
  function addShortlistButtons(scope) {
    scope.querySelectorAll("li.hit[data-case-id], li.similar-case[data-case-id]").forEach(function (li) {
      if (li.querySelector(".shortlist-toggle")) return;
      var title = li.querySelector("h2, h3, h4") || li.querySelector("a");
      var meta = li.querySelector(".meta") || li;
      meta.appendChild(toggleButton(li.dataset.caseId, title ? title.textContent.trim() : ""));
    });
    var article = document.querySelector("article.case[data-case-id]");
    var heading = article && article.querySelector("h1");
    if (heading && !document.querySelector(".case-actions")) {
      var p = document.createElement("p");
      p.className = "case-actions";
      p.appendChild(toggleButton(article.dataset.caseId, ""));
      heading.insertAdjacentElement("afterend", p);
    }
    refreshShortlistUI();
  }

  document.addEventListener("click", function (event) {
    var b = event.target.closest && event.target.closest("button.shortlist-toggle");
    if (!b) return;
    var ids = loadList();
    var at = ids.indexOf(b.dataset.caseId);
    if (at >= 0) ids.splice(at, 1); else ids.push(b.dataset.caseId);
    saveList(ids);
  });
  window.addEventListener("storage", function (e) { if (e.key === STORE) refreshShortlistUI(); });

  // The shortlist page shows the ids of its URL. Opened without ids, it shows the stored list;
  // opened from a shared link while another list is stored, it offers to take the shared one.
  function initShortlistPage() {
    var page = document.getElementById("shortlist-page");
    if (!page) return;
    var shown = (page.dataset.ids || "").split(",").filter(Boolean);
    var stored = loadList();
    // すべて外す: the user's own list emptied, once confirmed; a shared list is not theirs to empty
    var clear = page.querySelector("a.clear-list");
    var clearItem = page.querySelector(".clear-item");  // the link with its separator (a trial saw a dangling ·)
    if (clear) {
      clear.addEventListener("click", function (event) {
        if (!window.confirm("検討リストの " + shown.length + " 件をすべて外しますか?")) {
          event.preventDefault();
          return;
        }
        saveList([]);
      });
    }
    var hasIds = new URLSearchParams(window.location.search).has("ids");
    if (!hasIds) {
      if (stored.length) { window.location.replace(listUrl(stored)); return; }
    } else if (!stored.length && shown.length) {
      // a shared list opened where none is stored becomes this browser's, and says so (a consultant's
      // fresh browser showed 検討リスト 7 with nothing said)
      saveList(shown);
      stored = shown;
      var adopted = page.querySelector(".shortlist-notice");
      adopted.textContent = "共有されたリストの " + shown.length + " 件を、このブラウザーの検討リストにしました(すべて外す で空にできます)。";
      adopted.hidden = false;
    } else if (!sameList(stored, shown)) {
      var notice = page.querySelector(".shortlist-notice");
      notice.textContent = "これは共有されたリストです。あなたの検討リストは " + stored.length + " 件です: ";
      var mine = document.createElement("a");
      mine.href = listUrl(stored);
      mine.textContent = "自分の検討リストを表示";
      var take = document.createElement("button");
      take.type = "button";
      take.className = "small secondary";
      take.textContent = "このリストを自分の検討リストにする";
      take.addEventListener("click", function () {
        saveList(shown);
        notice.hidden = true;
        if (clearItem) clearItem.hidden = false;
      });
      notice.append(mine, " ", take);
      notice.hidden = false;
      if (clearItem) clearItem.hidden = true;
    }
    // after a removal: its note has the focus (it was the page's top), and the address is the list's
    var removed = document.getElementById("shortlist-removed");
    if (removed) {
      removed.focus();
      // (its ids as the server wrote them: URLSearchParams would write each comma as %2C)
      var search = window.location.search.replace(/[?&]removed=[^&]*$/, "");
      history.replaceState(history.state, "", window.location.pathname + search);
    }
    page.querySelectorAll("a.remove[data-case-id]").forEach(function (a) {
      a.addEventListener("click", function () {
        var now = loadList();
        if (sameList(now, shown)) saveList(now.filter(function (x) { return x !== a.dataset.caseId; }));
      });
    });
    var print = page.querySelector(".print-button");
    if (print) {
      print.hidden = false;
      print.addEventListener("click", function () { window.print(); });
    }
  }

  // ---------------------------------------------------------------- the filter drawer
  var narrow = window.matchMedia("(max-width: 899px)");
  var drawerOpener = null;
  var outside = [];  // the elements the open drawer made inert

  function setDrawer(open) {
    if (!open && window.location.hash === "#filters") {  // opened without JavaScript's help (#filters)
      history.replaceState(history.state, "", window.location.pathname + window.location.search);
    }
    root.classList.toggle("filters-open", open);
    applyDrawerState();
  }
  function applyDrawerState() {
    var open = root.classList.contains("filters-open") && narrow.matches;
    var facets = document.getElementById("filters");
    document.querySelectorAll(".filter-toggle").forEach(function (t) {
      t.setAttribute("role", "button");
      t.setAttribute("aria-expanded", open ? "true" : "false");
    });
    document.querySelectorAll(".show-results").forEach(function (t) { t.setAttribute("role", "button"); });
    // while the drawer covers the page, nothing else can be reached: every element beside the
    // drawer and beside each of its ancestors (a list of them missed the help, the examples and
    // the notes, which Tab then reached unseen behind the drawer)
    outside.forEach(function (el) { el.inert = false; });
    outside = [];
    for (var node = facets; open && node && node.parentElement && node !== document.body; node = node.parentElement) {
      Array.prototype.forEach.call(node.parentElement.children, function (el) {
        if (el !== node && !el.inert && el.tagName !== "SCRIPT") { el.inert = true; outside.push(el); }
      });
    }
    if (facets) {
      if (open) { facets.setAttribute("role", "dialog"); facets.setAttribute("aria-modal", "true"); }
      else { facets.removeAttribute("role"); facets.removeAttribute("aria-modal"); }
    }
  }
  narrow.addEventListener("change", function () {
    if (!narrow.matches) root.classList.remove("filters-open");
    applyDrawerState();
  });

  document.addEventListener("click", function (event) {
    var t = event.target.closest && event.target.closest(".filter-toggle, .show-results");
    if (!t) return;
    event.preventDefault();
    if (t.classList.contains("filter-toggle")) {
      drawerOpener = t;
      setDrawer(true);
      var first = document.querySelector("#filters .drawer-head h2");
      if (first) first.focus();
    } else {
      setDrawer(false);
      var heading = document.getElementById("results-heading");
      if (heading) { heading.focus({ preventScroll: true }); heading.scrollIntoView({ block: "start" }); }
    }
  });
  document.addEventListener("keydown", function (event) {
    var t = event.target;
    if (event.key === " " && t.matches && t.matches("a.filter-toggle, a.show-results")) {  // links acting as buttons
      event.preventDefault();
      t.click();
      return;
    }
    if (event.key === "Escape" && root.classList.contains("filters-open")) {
      setDrawer(false);
      var toggle = document.querySelector(".filter-toggle");
      if (toggle) toggle.focus();
    }
  });

  // ---------------------------------------------------------------- filtering in place
  var swaps = 0;
  var pending = null;
  var shownUrl = null;  // the URL (without #) whose results are on screen

  function withoutHash(url) {
    var u = new URL(url, window.location.href);
    u.hash = "";
    return u.href;
  }
  function isSearchUrl(url) {
    var u = new URL(url, window.location.href);
    return u.origin === window.location.origin && u.pathname === "/";
  }
  function formUrl(form) {
    var u = new URL(form.getAttribute("action") || "/", window.location.href);
    var data = new FormData(form);
    var pairs = [];
    data.forEach(function (v, k) { if (v !== "") pairs.push([k, v]); });
    u.search = new URLSearchParams(pairs).toString();
    return u.href;
  }

  // What to focus after the swap: the same control in the new page.
  function focusKey(el) {
    if (!el || !document.getElementById("search-state") || !document.getElementById("search-state").contains(el)) return null;
    if (el.matches("input[type=checkbox]")) {  // by its facet: a box the query's words chose has no name
      var facet = el.closest("fieldset[data-facet]");
      return "fieldset[data-facet=\"" + CSS.escape(facet ? facet.dataset.facet : el.name) + "\"] input[type=checkbox][value=\"" + CSS.escape(el.value) + "\"]";
    }
    if (el.id) return "#" + CSS.escape(el.id);
    if (el.matches(".map-list a[data-pref]")) return ".map-list a[data-pref=\"" + CSS.escape(el.dataset.pref) + "\"]";
    var pref = el.querySelector && el.querySelector("[data-pref]");
    if (pref) return "svg.japan-map a:has([data-pref=\"" + CSS.escape(pref.getAttribute("data-pref")) + "\"])";
    return null;
  }

  // a filter ticked far down the list updates the results above the screen: a link to them shows
  // until they are in view (not in the narrow screens' drawer, whose 「N 件を表示」 does that)
  function resultsAbove() {
    var heading = document.getElementById("results-heading");
    return !!heading && heading.getBoundingClientRect().bottom < 0;
  }
  function showToResults(scope) {
    var link = scope.querySelector(".to-results");
    if (link) link.hidden = !resultsAbove() || root.classList.contains("filters-open");
  }
  window.addEventListener("scroll", function () {
    var link = document.querySelector(".to-results:not([hidden])");
    if (link && !resultsAbove()) link.hidden = true;
  }, { passive: true });

  function swap(url, opts) {
    opts = opts || {};
    if (pending) pending.abort();
    var controller = new AbortController();
    pending = controller;
    root.dataset.loading = "1";
    var state = document.getElementById("search-state");
    if (state) state.setAttribute("aria-busy", "true");
    fetch(url, { signal: controller.signal, headers: { Accept: "text/html" }, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error("status " + response.status);
        return response.text();
      })
      .then(function (html) {
        if (pending !== controller) return;
        var doc = new DOMParser().parseFromString(html, "text/html");
        var fresh = doc.getElementById("search-state");
        var old = document.getElementById("search-state");
        if (!fresh || !old) throw new Error("no results in the page");
        var key = opts.key || (opts.focus === undefined ? focusKey(document.activeElement) : null);
        var openRegions = Array.prototype.map.call(old.querySelectorAll(".facets details[open]"),
                                                  function (d) { return d.dataset.region; });
        var mapListOpen = !!old.querySelector("#map-list[open]");
        var oldForm = old.querySelector("#facet-form");
        var drawerScroll = oldForm ? oldForm.scrollTop : 0;
        var x = window.scrollX, y = window.scrollY;

        old.replaceWith(document.adoptNode(fresh));
        var hidden = doc.getElementById("search-hidden");
        var myHidden = document.getElementById("search-hidden");
        if (hidden && myHidden) myHidden.replaceWith(document.adoptNode(hidden));
        // the search box follows the query (もしかして, a chip's word removed, back/forward),
        // unless the person has typed something else into it meanwhile
        var q = doc.getElementById("q"), box = document.getElementById("q");
        var shownQ = new URL(shownUrl).searchParams.get("q") || "";
        if (q && box && (opts.fromHistory || box.value === shownQ)) box.value = q.value;
        var h1 = doc.querySelector("h1"), myH1 = document.querySelector("main h1");
        if (h1 && myH1) myH1.textContent = h1.textContent;
        document.title = doc.title;
        fresh.querySelectorAll(".facets details").forEach(function (d) {
          if (openRegions.indexOf(d.dataset.region) >= 0) d.open = true;
        });
        var mapList = fresh.querySelector("#map-list");
        if (mapList && mapListOpen) mapList.open = true;
        var newForm = fresh.querySelector("#facet-form");
        if (newForm) newForm.scrollTop = drawerScroll;
        addShortlistButtons(fresh);
        applyDrawerState();

        if (opts.focus === "results") {
          var heading = document.getElementById("results-heading");
          heading.focus({ preventScroll: true });
          if (heading.getBoundingClientRect().top < 0) heading.scrollIntoView({ block: "start" });
        } else {
          window.scrollTo(x, y);
          var target = key && fresh.querySelector(key);
          if (!target && document.activeElement === document.body) {  // the control is gone (a chip)
            target = root.classList.contains("filters-open") && narrow.matches
              ? document.querySelector("#filters .drawer-head h2") : document.getElementById("results-heading");
          }
          if (target) target.focus({ preventScroll: true });
          if (typeof opts.scrollY === "number") window.scrollTo(0, opts.scrollY);
          showToResults(fresh);
        }
        if (opts.push) {
          history.replaceState({ dxsearch: true, y: y }, "", window.location.href);
          history.pushState({ dxsearch: true }, "", url);
        }
        shownUrl = withoutHash(window.location.href);
        announce(fresh);
        delete root.dataset.loading;
        swaps += 1;
        root.dataset.swaps = String(swaps);
      })
      .catch(function (error) {
        if (error && error.name === "AbortError") return;
        window.location.assign(url);  // the page itself says what went wrong
      });
  }

  // What an in-place update brought, said by the live region: the results heading as read (its
  // count, places and rows; not the timing, hidden from it) — an accessibility trial heard only
  // "N 件", and nothing when a tick and an untick left the count as it was: the same text again is
  // not announced, so a repeat is told apart by a no-break space.
  function announce(fresh) {
    var live = document.getElementById("live");
    if (!live) return;
    var heading = fresh.querySelector("#results-heading");
    var said = fresh.dataset.total + " 件";
    if (heading) {
      var copy = heading.cloneNode(true);
      copy.querySelectorAll("[aria-hidden=true]").forEach(function (e) { e.remove(); });
      said = copy.textContent.replace(/\s+/g, " ").trim();
    }
    live.textContent = live.textContent === said ? said + "\u00a0" : said;
  }

  function initSearchPage() {
    if (!document.getElementById("search-state")) return;
    shownUrl = withoutHash(window.location.href);
    root.dataset.swaps = "0";

    document.addEventListener("change", function (event) {
      var el = event.target;
      if (el.matches("#facet-form input[type=checkbox][data-remove]")) {
        // a value the query's words chose (北海道 of 北海道と東北のRPA): unticked, the word goes, as its chip's × does
        swap(new URL(el.dataset.remove, window.location.href).href, { push: true });
      } else if (el.matches("#facet-form input[type=checkbox]")) {
        swap(formUrl(el.form), { push: true });
      } else if (el.matches("#sort")) {
        // a mouse choice applies at once; with the keyboard, Enter or the 並べ替え button applies
        if (el.dataset.pointer === "1") swap(formUrl(el.form), { push: true });
        else el.form.classList.add("changed");
      }
    });
    // a finger or pen as a mouse (a phone's tap on the list may send no mousedown before the change)
    ["pointerdown", "mousedown"].forEach(function (type) {
      document.addEventListener(type, function (event) {
        if (event.target.matches && event.target.matches("#sort")) event.target.dataset.pointer = "1";
      });
    });
    document.addEventListener("keydown", function (event) {
      var el = event.target;
      if (event.key === "Enter" && el.matches && el.matches("#facet-form input[type=checkbox]")) {
        // Enter on a filter's box ticks it, as Space does (it submitted the form unchanged, and
        // moved the focus to the results: a clerk's keyboard trial saw nothing happen)
        event.preventDefault();
        el.click();
        return;
      }
      if (!el.matches || !el.matches("#sort")) return;
      if (event.key === "Enter") {
        event.preventDefault();
        swap(formUrl(el.form), { push: true });
      } else {
        el.dataset.pointer = "0";
      }
    });
    document.addEventListener("submit", function (event) {
      var form = event.target;
      if (form.matches("#facet-form, form.sort")) {
        event.preventDefault();
        swap(formUrl(form), { push: true, focus: form.matches("form.sort") ? undefined : "results" });
      }
    });
    document.addEventListener("click", function (event) {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      var a = event.target.closest && event.target.closest("#search-state a");
      if (!a || a.hasAttribute("download") || a.matches(".filter-toggle, .show-results")) return;
      var href = a.getAttribute("href") || a.getAttribute("xlink:href");
      if (!href || href.charAt(0) === "#" || !isSearchUrl(href)) return;
      event.preventDefault();
      // a page of results, or a whole region from the sidebar: the new results are what to read;
      // but in the narrow screens' open drawer a region is chosen as a box is ticked: the drawer
      // stays, and the focus goes to the region's heading, not to results the drawer covers (a
      // phone trial's focus was lost on the page behind it)
      var region = a.closest("a.region-all, a.region-off");
      var inDrawer = root.classList.contains("filters-open") && narrow.matches;
      if (region && inDrawer) {
        var group = region.closest("details[data-region]");
        swap(new URL(href, window.location.href).href, { push: true,
          key: group ? "details[data-region=\"" + CSS.escape(group.dataset.region) + "\"] summary" : "#filters .drawer-head h2" });
        return;
      }
      var toResults = !!a.closest("nav.pages, a.region-all, a.region-off");
      swap(new URL(href, window.location.href).href, { push: true, focus: toResults ? "results" : undefined });
    });
    window.addEventListener("popstate", function (event) {
      var now = withoutHash(window.location.href);
      if (now === shownUrl || !isSearchUrl(now)) return;  // a #fragment, not another search
      var y = event.state && typeof event.state.y === "number" ? event.state.y : undefined;
      swap(now, { fromHistory: true, scrollY: y });
    });
  }

  // ---------------------------------------------------------------- as-you-type suggestions
  // The search box becomes an ARIA combobox (1.2 pattern) over a listbox of words of the cases
  // that start with the word being typed (/api/suggest). ArrowDown/ArrowUp move through them,
  // Enter picks one and searches, Escape closes the list; a click picks too. Nothing is fetched
  // while an IME is composing (the kana are not the word yet) nor for 150 ms after a keystroke.
  var SUGGEST_DELAY = 150;

  function initSuggestions() {
    var box = document.getElementById("q");
    var form = document.getElementById("search-form");
    if (!box || !form) return;
    var list = document.createElement("ul");
    list.id = "q-suggestions";
    list.className = "suggest-list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "入力候補");
    list.hidden = true;
    box.insertAdjacentElement("afterend", list);
    box.setAttribute("role", "combobox");
    box.setAttribute("aria-autocomplete", "list");
    box.setAttribute("aria-expanded", "false");
    box.setAttribute("aria-controls", list.id);
    var timer = null, request = null, composing = false, active = -1, asked = null;
    root.dataset.suggestions = "0";  // answers shown so far (tests wait on it)

    // the word being typed: what follows the last space before the caret
    function currentWord() {
      var upto = box.value.slice(0, box.selectionStart == null ? box.value.length : box.selectionStart);
      var m = upto.match(/[^\s\u3000]*$/);
      var word = m ? m[0] : "";
      return word.replace(/^(-|")/, "");
    }
    function options() { return list.querySelectorAll("[role=option]"); }
    function close() {
      if (timer) { clearTimeout(timer); timer = null; }
      if (request) { request.abort(); request = null; }
      list.hidden = true;
      list.textContent = "";
      active = -1;
      box.setAttribute("aria-expanded", "false");
      box.removeAttribute("aria-activedescendant");
    }
    function highlight(i) {
      var opts = options();
      if (!opts.length) return;
      active = (i + opts.length) % opts.length;
      opts.forEach(function (o, k) { o.setAttribute("aria-selected", k === active ? "true" : "false"); });
      box.setAttribute("aria-activedescendant", opts[active].id);
      opts[active].scrollIntoView({ block: "nearest" });
    }
    // words come folded (rpa): shown as the person types them when they type capitals
    function asTyped(text, typed) {
      return /[A-Z]/.test(typed) && !/[a-z]/.test(typed) ? text.toUpperCase() : text;
    }
    function pick(option) {
      var word = option.dataset.word;
      var end = box.selectionStart == null ? box.value.length : box.selectionStart;
      var before = box.value.slice(0, end), after = box.value.slice(end);
      var m = before.match(/(^|[\s\u3000])(-|")?[^\s\u3000]*$/);
      var start = m ? m.index + m[1].length + (m[2] ? m[2].length : 0) : end;
      box.value = before.slice(0, start) + word + after;
      close();
      if (form.requestSubmit) form.requestSubmit(); else form.submit();
    }
    function show(prefix, data) {
      list.textContent = "";
      active = -1;
      box.removeAttribute("aria-activedescendant");
      (data.suggestions || []).forEach(function (s, i) {
        var li = document.createElement("li");
        li.id = "q-suggestion-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.dataset.word = asTyped(s.text, prefix);
        var word = document.createElement("span");
        word.className = "word";
        word.textContent = li.dataset.word;
        var count = document.createElement("span");
        count.className = "count";
        count.textContent = s.count + " 件";
        li.append(word, " ", count);
        list.appendChild(li);
      });
      var any = options().length > 0;
      list.hidden = !any;
      box.setAttribute("aria-expanded", any ? "true" : "false");
      root.dataset.suggestions = String(Number(root.dataset.suggestions) + 1);
    }
    function fetchNow() {
      timer = null;
      var prefix = currentWord();
      if (!prefix || composing) { if (!prefix) close(); return; }
      if (request) request.abort();
      var controller = new AbortController();
      request = controller;
      asked = prefix;
      fetch("/api/suggest?" + new URLSearchParams({ q: prefix.slice(0, 50) }).toString(),
            { signal: controller.signal, headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (data) {
          if (request !== controller || document.activeElement !== box) return;
          request = null;
          show(asked, data);
        })
        .catch(function () { /* aborted, or offline: no suggestions */ });
    }
    function later() {
      if (timer) clearTimeout(timer);
      timer = setTimeout(fetchNow, SUGGEST_DELAY);
    }

    box.addEventListener("compositionstart", function () { composing = true; if (timer) clearTimeout(timer); });
    box.addEventListener("compositionend", function () { composing = false; later(); });
    box.addEventListener("input", function (event) {
      if (event.isComposing || composing) return;
      later();
    });
    box.addEventListener("keydown", function (event) {
      if (event.isComposing || composing || event.keyCode === 229) return;  // the IME's own keys
      var open = !list.hidden;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (!open) {  // in a text of several lines the arrows move between them
          if (event.key === "ArrowDown" && currentWord() && box.value.indexOf("\n") < 0) { event.preventDefault(); fetchNow(); }
          return;
        }
        event.preventDefault();
        highlight(active < 0 ? (event.key === "ArrowDown" ? 0 : -1) : active + (event.key === "ArrowDown" ? 1 : -1));
      } else if (event.key === "Enter" && open && active >= 0) {
        event.preventDefault();
        pick(options()[active]);
      } else if (event.key === "Enter" && !event.shiftKey) {  // the box is a textarea: Enter searches
        event.preventDefault();
        close();
        if (form.requestSubmit) form.requestSubmit(); else form.submit();
      } else if (event.key === "Escape" && open) {
        event.preventDefault();
        event.stopPropagation();
        close();
      }
    });
    list.addEventListener("mousedown", function (event) { event.preventDefault(); });  // keep focus in the box
    list.addEventListener("click", function (event) {
      var option = event.target.closest("[role=option]");
      if (option) pick(option);
    });
    box.addEventListener("blur", function () { close(); });
    form.addEventListener("submit", function () { close(); });
  }

  // ---------------------------------------------------------------- wide tables
  // a table wider than its box says, above it, that it scrolls sideways (the shadow at its edge is
  // easy to miss on a phone); said only while it is wider
  function markWideTables() {
    var boxes = document.querySelectorAll(".table-scroll, .compare-wrap");  // …and the shortlist's (a trial missed its 7th case)
    for (var i = 0; i < boxes.length; i++) {
      var wider = boxes[i].scrollWidth > boxes[i].clientWidth + 1;
      boxes[i].classList.toggle("overflowing", wider);
      var hint = boxes[i].previousElementSibling;
      if (hint && hint.classList.contains("scroll-hint")) hint.classList.toggle("shown", wider);
    }
  }

  // ---------------------------------------------------------------- the length limit
  // a box with a limit says when its text reached it: a pasted description past the limit is cut
  // by the browser without a word (the URL gives a clear error, the box did not)
  function initLengthNotes() {
    var boxes = document.querySelectorAll("textarea[maxlength]");
    for (var i = 0; i < boxes.length; i++) {
      (function (box) {
        var note = document.createElement("p");
        note.className = "length-note";
        note.setAttribute("role", "status");
        note.hidden = true;
        (box.closest("form") || box).insertAdjacentElement("afterend", note);
        // cut: a paste that did not fit; a text of exactly the limit lost nothing (a trial's 2,000
        // characters were told the rest was left out)
        var cut = false;
        function check() {
          var full = box.maxLength > 0 && box.value.length >= box.maxLength;
          if (!full) cut = false;
          note.hidden = !full;
          var limit = box.maxLength.toLocaleString("ja-JP");
          note.textContent = !full ? "" : cut ?
            "入力できるのは " + limit + " 文字までです。それより後の文字は入っていません。" :
            "入力できる " + limit + " 文字に達しました。これより後は入力できません。";
        }
        box.addEventListener("paste", function (event) {
          var pasted = event.clipboardData ? event.clipboardData.getData("text").length : 0;
          var kept = box.value.length - (box.selectionEnd - box.selectionStart);
          cut = kept + pasted > box.maxLength;
        });
        box.addEventListener("input", check);
        check();
      })(boxes[i]);
    }
  }

  // ---------------------------------------------------------------- back to the list
  // a case page's 「検索結果に戻る」 goes back in history when that is where the page came from: the
  // list comes back where it was scrolled to, its filters as they were
  function initBackLinks() {
    document.addEventListener("click", function (event) {
      var a = event.target.closest && event.target.closest("a.back-to-list");
      if (!a || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      if (document.referrer && document.referrer === a.href && window.history.length > 1) {
        event.preventDefault();
        window.history.back();
      }
    });
  }

  // ---------------------------------------------------------------- a link into a closed <details> opens it
  // (「検索のヒント」 after a lone OR scrolled to the help and left it shut: a trial clicked twice)
  function openDetailsAt(hash) {
    if (!hash || hash.length < 2) return;
    var id;
    try { id = decodeURIComponent(hash.slice(1)); } catch (e) { return; }
    for (var el = document.getElementById(id); el; el = el.parentElement) {
      if (el.tagName === "DETAILS") el.open = true;
    }
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest('a[href^="#"]') : null;
    if (link) openDetailsAt(link.getAttribute("href"));
  });
  window.addEventListener("hashchange", function () { openDetailsAt(window.location.hash); });

  function init() {
    // the start page's box has the cursor from the first keystroke: the browser applies autofocus on a
    // later frame, and a clerk typing at once lost 福祉 of 福祉 RPA to the page
    var box = document.querySelector("#q[autofocus]");
    if (box && (document.activeElement === document.body || !document.activeElement)) box.focus();
    openDetailsAt(window.location.hash);
    initBackLinks();
    initLengthNotes();
    markWideTables();
    window.addEventListener("resize", markWideTables);
    initSuggestions();
    addShortlistButtons(document);
    initShortlistPage();
    initSearchPage();
    applyDrawerState();
    if (window.location.hash === "#filters" && narrow.matches) setDrawer(true);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
