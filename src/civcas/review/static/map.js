// The incident map: Natural Earth country outlines (served locally) and one circle per located incident.
(function () {
  "use strict";
  var box = document.getElementById("map");
  var note = document.getElementById("map-note");
  if (!box || typeof L === "undefined") {
    if (note) note.textContent = "The map library is not installed.";
    return;
  }
  var map = L.map(box, { worldCopyJump: true, attributionControl: true }).setView([34, 38], 5);
  map.attributionControl.addAttribution("Outlines: Natural Earth");
  fetch(box.dataset.outlines, { credentials: "same-origin" }).then(function (r) {
    if (!r.ok) throw new Error("no outlines");
    return r.json();
  }).then(function (world) {
    L.geoJSON(world, { style: { color: "#777", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1 }, interactive: false }).addTo(map).bringToBack();
  }).catch(function () { note.textContent = "Country outlines are not installed; incidents are shown without a basemap."; });

  function popup(p) {
    // Built from text nodes: place and belligerent names come from documents and are never parsed as HTML.
    var div = document.createElement("div");
    var a = document.createElement("a");
    a.href = "/incidents/" + encodeURIComponent(p.id);
    a.textContent = (p.date || "?") + " — " + (p.place || "?");
    div.appendChild(a);
    var line = document.createElement("div");
    line.textContent = (p.killed != null ? p.killed + "+ civilians killed · " : "") + p.grade + (p.belligerents.length ? " · " + p.belligerents.join(", ") : "");
    div.appendChild(line);
    return div;
  }
  fetch(box.dataset.points, { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(function (points) {
    var layer = L.featureGroup();
    points.forEach(function (p) {
      var radius = 4 + Math.sqrt(p.killed || 0) * 1.5;
      L.circleMarker([p.lat, p.lon], { radius: Math.min(radius, 30), color: "#b2182b", weight: 1, fillOpacity: 0.5 })
        .bindPopup(popup(p)).addTo(layer);
    });
    layer.addTo(map);
    if (points.length) map.fitBounds(layer.getBounds(), { maxZoom: 8, padding: [30, 30], animate: false });
    note.textContent = points.length + " located incidents" + (points.length >= 5000 ? " (the newest 5,000)" : "");
  });
})();
