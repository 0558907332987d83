(function () {
  "use strict";
  var speaker = document.getElementById("f-speaker");
  var kind = document.getElementById("f-kind");
  var skind = document.getElementById("f-skind");
  var count = document.getElementById("f-count");
  var items = document.querySelectorAll("[data-filter]");
  function has(list, v) {
    return v === "" || (" " + list + " ").indexOf(" " + v + " ") >= 0;
  }
  function apply() {
    var n = { conflict: [0, 0], timeline: [0, 0] };
    items.forEach(function (el) {
      var ok = has(el.dataset.speakers, speaker.value) && has(el.dataset.kinds, kind.value) &&
        has(el.dataset.skinds, skind.value);
      var c = el.classList.contains("conflict") ? n.conflict : n.timeline;
      el.hidden = !ok;
      c[1]++;
      if (ok) {
        c[0]++;
        if (speaker.value && el.tagName === "DETAILS") el.open = true;
      }
    });
    count.textContent = "showing " + n.conflict[0] + " of " + n.conflict[1] + " conflicts, " +
      n.timeline[0] + " of " + n.timeline[1] + " speakers";
  }
  [speaker, kind, skind].forEach(function (s) { s.addEventListener("change", apply); });
  apply();
})();
