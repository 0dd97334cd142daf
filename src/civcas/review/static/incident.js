// The place editor: gazetteer search and a click on the map fill the place fields.
(function () {
  "use strict";
  var field = function (id) { return document.getElementById(id); };
  var search = field("place-search");
  var results = field("place-results");
  var box = field("place-map");
  var marker = null;
  var map = null;

  function show(lat, lon) {
    if (!map || lat === "" || lon === "" || isNaN(+lat) || isNaN(+lon)) return;
    if (marker) marker.setLatLng([+lat, +lon]); else marker = L.marker([+lat, +lon]).addTo(map);
    map.setView([+lat, +lon], Math.max(map.getZoom(), 7), { animate: false });
  }
  function choose(place) {
    field("place-name").value = place.name || "";
    field("place-admin1").value = place.admin1 || "";
    field("place-country").value = place.country || "";
    field("place-lat").value = place.lat;
    field("place-lon").value = place.lon;
    field("place-precision").value = place.precision || "town";
    field("place-geonameid").value = place.geonameid == null ? "" : place.geonameid;
    results.textContent = "";
    show(place.lat, place.lon);
  }
  if (box && typeof L !== "undefined") {
    map = L.map(box, { worldCopyJump: true }).setView([34, 38], 5);
    fetch(box.dataset.outlines, { credentials: "same-origin" }).then(function (r) { return r.ok ? r.json() : null; }).then(function (world) {
      if (world) L.geoJSON(world, { style: { color: "#777", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1 }, interactive: false }).addTo(map);
    });
    show(field("place-lat").value, field("place-lon").value);
    map.on("click", function (event) {
      field("place-lat").value = event.latlng.lat.toFixed(5);
      field("place-lon").value = event.latlng.lng.toFixed(5);
      field("place-precision").value = "exact";
      field("place-geonameid").value = "";
      show(event.latlng.lat, event.latlng.lng);
    });
  }
  if (field("place-name")) {
    field("place-name").addEventListener("input", function () { field("place-geonameid").value = ""; });
  }
  var timer = null;
  if (search) {
    search.addEventListener("input", function () {
      clearTimeout(timer);
      var q = search.value.trim();
      if (q.length < 2) { results.textContent = ""; return; }
      timer = setTimeout(function () {
        fetch("/api/places?q=" + encodeURIComponent(q), { credentials: "same-origin" })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (places) {
            results.textContent = "";
            places.forEach(function (place) {
              var li = document.createElement("li");
              var b = document.createElement("button");
              b.type = "button";
              b.textContent = place.name + (place.admin1 ? ", " + place.admin1 : "") + " " + place.country + " (" + place.precision + ")";
              b.addEventListener("click", function () { choose(place); });
              li.appendChild(b);
              results.appendChild(li);
            });
          });
      }, 200);
    });
  }
})();
