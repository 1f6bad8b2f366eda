// Autocompletes the partner-city choice from the world gazetteer (GET /api/v1/world/cities).
// Without this script the "Find" button reloads the page with the matches; with it they come as you type.
(function () {
  "use strict";
  var search = document.querySelector("[data-city-search]");
  if (!search) return;
  var select = document.getElementById(search.getAttribute("data-city-search"));
  var status = document.getElementById("city-search-status");
  if (!select) return;
  var timer = null;
  var latest = 0;

  // As the server writes it: "Kyoto (Japan) · 1,463,723 people".
  function label(city) {
    var text = city.name + " (" + (city.country || city.countryCode) + ")";
    if (city.population) text += " \u00b7 " + city.population.toLocaleString("en") + " people";
    return text;
  }

  function show(cities, query) {
    var chosen = select.value;
    var keep = [];
    for (var i = 0; i < select.options.length; i++) {
      var option = select.options[i];
      if (option.value === "" || option.value === chosen) keep.push(option);
    }
    select.innerHTML = "";
    keep.forEach(function (option) { select.appendChild(option); });
    cities.forEach(function (city) {
      if (city.id.toUpperCase() === chosen.toUpperCase()) return;
      var option = document.createElement("option");
      option.value = city.id.toUpperCase();
      option.textContent = label(city);
      select.appendChild(option);
    });
    if (!chosen && cities.length > 0) select.value = cities[0].id.toUpperCase();
    if (status) {
      status.textContent = cities.length === 0
        ? "No city matches \u201c" + query + "\u201d."
        : (cities.length === 1 ? "1 city matches" : cities.length + " cities match") +
          " \u201c" + query + "\u201d: choose one below.";
    }
  }

  search.addEventListener("input", function () {
    clearTimeout(timer);
    var query = search.value.trim();
    if (query.length < 2) return;
    timer = setTimeout(function () {
      var ticket = ++latest;
      fetch("/api/v1/world/cities?limit=12&q=" + encodeURIComponent(query), { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { items: [] }; })
        .then(function (body) { if (ticket === latest) show(body.items || [], query); })
        .catch(function () {});
    }, 200);
  });
})();
