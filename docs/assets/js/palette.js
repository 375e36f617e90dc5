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

  function apply(index) {
    var input = inputs[index];
    input.checked = true;
    ["media", "scheme", "primary", "accent"].forEach(function (key) {
      var value = input.getAttribute("data-md-color-" + key);
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
    var input = inputs[index];
    __md_set("__palette", {
      index: index,
      color: {
        media: input.getAttribute("data-md-color-media"),
        scheme: input.getAttribute("data-md-color-scheme"),
        primary: input.getAttribute("data-md-color-primary"),
        accent: input.getAttribute("data-md-color-accent"),
      },
    });
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
    var next = (chosen() + 1) % inputs.length;
    inputs[next].click();
    inputs[next].focus();
  });
  for (var i = 0; i < inputs.length; i++) {
    var media = inputs[i].getAttribute("data-md-color-media");
    if (!media) continue;
    matchMedia(media).addEventListener("change", function () {
      if (!read()) apply(preferred());
    });
  }
})();
