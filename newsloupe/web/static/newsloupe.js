/* newsloupe: the only script of the pages. Everything works without it; it adds
   the details of a quote on click, focus or Enter (speaker, source type, cue,
   hedges), and highlights every piece of the same attribution.
   It never builds HTML from article content: values go through textContent. */
(function () {
  "use strict";
  var details = document.getElementById("details");
  var FIELDS = ["speaker", "type-label", "cue", "kind-label", "hedges", "via"];

  function clear() {
    document.querySelectorAll(".active").forEach(function (el) { el.classList.remove("active"); });
  }

  function show(el) {
    var id = el.getAttribute("data-att");
    if (!id) { return; }
    clear();
    document.querySelectorAll("[data-att]").forEach(function (x) {
      if (x.getAttribute("data-att") === id) { x.classList.add("active"); }
    });
    if (!details) { return; }
    FIELDS.forEach(function (name) {
      var dd = details.querySelector('[data-field="' + name + '"]');
      if (dd) { dd.textContent = el.getAttribute("data-" + name) || "–"; }
    });
    details.hidden = false;
  }

  function quoteOf(target) {
    return target && target.closest ? target.closest(".q, .src") : null;
  }

  document.addEventListener("click", function (e) {
    var link = e.target.closest ? e.target.closest("a.att-link, .techniques a, #assertions a, .places a, .captions a") : null;
    if (link && link.hash) {
      var target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (target) {
        if (!target.hasAttribute("tabindex")) { target.setAttribute("tabindex", "-1"); }
        window.setTimeout(function () { target.focus(); }, 0);
      }
      return;
    }
    var q = quoteOf(e.target);
    if (q && !(e.target.closest && e.target.closest("a"))) { show(q); }
  });

  document.addEventListener("focusin", function (e) {
    var q = quoteOf(e.target);
    if (q && q === e.target) { show(q); }
  });

  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") {
      clear();
      if (details) { details.hidden = true; }
      return;
    }
    if ((e.key === "Enter" || e.key === " ") && quoteOf(e.target) === e.target) {
      e.preventDefault();
      show(e.target);
    }
  });
})();
