// selon X-ray: select a claim (click, Enter, j/k), highlight profile counts.
// Plain DOM: class and attribute changes only, never innerHTML.
(function () {
  "use strict";
  var root = document.querySelector(".xray");
  if (!root) return;
  var order = [];
  try { order = JSON.parse(root.getAttribute("data-claims") || "[]"); } catch (e) { order = []; }
  var current = null;

  function segmentsOf(id) {
    var out = [];
    document.querySelectorAll("#text [data-claim]").forEach(function (el) {
      var inner = (el.getAttribute("data-claims") || "").split(" ");
      if (el.getAttribute("data-claim") === id || inner.indexOf(id) >= 0) out.push(el);
    });
    return out;
  }

  function select(id, focus) {
    if (order.indexOf(id) < 0) return;
    current = id;
    document.querySelectorAll("#text .sel").forEach(function (el) { el.classList.remove("sel"); });
    segmentsOf(id).forEach(function (el) { el.classList.add("sel"); });
    document.querySelectorAll(".claim-panel").forEach(function (p) {
      p.hidden = p.getAttribute("data-claim") !== id;
    });
    var hint = document.getElementById("claim-hint");
    if (hint) hint.hidden = true;
    document.querySelectorAll(".claim-list li").forEach(function (li) {
      li.classList.toggle("current", li.id === "item-" + id);
    });
    var url = new URL(window.location.href);
    url.searchParams.set("claim", id);
    url.hash = "";
    history.replaceState(null, "", url.toString());
    if (focus) {
      var cue = document.querySelector('#text a.m-cue[data-claim="' + CSS.escape(id) + '"]');
      if (cue) { cue.focus(); cue.scrollIntoView({ block: "center" }); }
    }
  }

  document.addEventListener("click", function (ev) {
    var count = ev.target.closest("a.count[data-ids]");
    if (count) {
      ev.preventDefault();
      var on = !count.classList.contains("on");
      document.querySelectorAll("a.count.on").forEach(function (a) { a.classList.remove("on"); a.removeAttribute("aria-current"); });
      document.querySelectorAll("#text .hl").forEach(function (el) { el.classList.remove("hl"); });
      if (on) {
        count.classList.add("on");
        count.setAttribute("aria-current", "true");
        var ids = (count.getAttribute("data-ids") || "").split(" ").filter(Boolean);
        ids.forEach(function (id) {
          document.querySelectorAll("#text [data-claim]").forEach(function (el) {
            var inner = (el.getAttribute("data-claims") || "").split(" ");
            if (el.getAttribute("data-claim") === id || inner[0] === id) el.classList.add("hl");
          });
        });
        if (ids.length) select(ids[0], false);
      }
      return;
    }
    var el = ev.target.closest("[data-claim]");
    if (el && !el.classList.contains("claim-panel")) {
      ev.preventDefault();
      select(el.getAttribute("data-claim"), el.classList.contains("claim-link"));
    }
  });

  document.addEventListener("keydown", function (ev) {
    if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
    var t = ev.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable)) return;
    if (ev.key !== "j" && ev.key !== "k") return;
    if (!order.length) return;
    var i = current === null ? -1 : order.indexOf(current);
    i = ev.key === "j" ? Math.min(i + 1, order.length - 1) : Math.max(i - 1, 0);
    select(order[i], true);
    ev.preventDefault();
  });

  var initial = new URL(window.location.href).searchParams.get("claim");
  if (initial) select(initial, false);
})();
