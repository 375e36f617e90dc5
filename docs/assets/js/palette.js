// The colour-scheme toggle in the header (overrides/partials/palette.html).
// A classic script, run as the header is parsed: the scheme is on <body>
// before the first paint. Same behaviour and stored format as Material's own
// (localStorage "<scope>.__palette" = {index, color: {media, scheme, primary,
// accent}}), without restyling the page on load: the choice is stored only
// when the reader makes one, and until then the system preference is
// followed, also when it changes.
(function () {
  var form = document.querySelector("form[data-palette]");
  if (!form) return;
  var inputs = form.querySelectorAll("input[name=__palette]");
  var body = document.body;

  function read() {
    try {
      return __md_get("__palette");
    } catch (error) {
      return null; // storage blocked: follow the system
    }
  }

  function preferred() {
    for (var i = 0; i < inputs.length; i++) {
      var media = inputs[i].getAttribute("data-md-color-media");
      if (media && matchMedia(media).matches) return i;
    }
    return 0;
  }

  function chosen() {
    var stored = read();
    var index = stored && typeof stored.index === "number" ? stored.index : -1;
    return index >= 0 && index < inputs.length ? index : preferred();
  }

  var KEYS = ["media", "scheme", "primary", "accent"];
  var current = -1; // the index of the scheme on <body>

  // An option's colours, as Material stores them and puts them on <body>.
  function colors(input) {
    var out = {};
    KEYS.forEach(function (key) {
      out[key] = input.getAttribute("data-md-color-" + key);
    });
    return out;
  }

  function apply(index) {
    current = index;
    inputs[index].checked = true;
    var color = colors(inputs[index]);
    KEYS.forEach(function (key) {
      var value = color[key];
      if (value !== null && body.getAttribute("data-md-color-" + key) !== value) {
        body.setAttribute("data-md-color-" + key, value);
      }
    });
    // Each input's label switches to the next scheme: show the current one's.
    for (var i = 0; i < inputs.length; i++) {
      var label = inputs[i].nextElementSibling;
      if (label instanceof HTMLElement) label.hidden = i !== index;
    }
  }

  function switchTo(index) {
    // No transitions while the colours change (Material's CSS).
    body.setAttribute("data-md-color-switching", "");
    apply(index);
    __md_set("__palette", { index: index, color: colors(inputs[index]) });
    setTimeout(function () {
      body.removeAttribute("data-md-color-switching");
    });
  }

  apply(chosen());
  form.addEventListener("change", function (event) {
    var index = Array.prototype.indexOf.call(inputs, event.target);
    if (index >= 0) switchTo(index);
  });
  // Enter on the focused option switches too, as in Material.
  form.addEventListener("keydown", function (event) {
    if (event.key !== "Enter") return;
    event.preventDefault();
    var next = (current + 1) % inputs.length;
    inputs[next].click();
    inputs[next].focus();
  });
  // A change of the system's scheme flips every option's media query: one
  // listener is enough.
  for (var i = 0; i < inputs.length; i++) {
    var media = inputs[i].getAttribute("data-md-color-media");
    if (!media) continue;
    matchMedia(media).addEventListener("change", function () {
      if (!read()) apply(preferred());
    });
    break;
  }
})();
