// Short links (/go/<id>/): replace this page with its target, so Back works.
// The page also has a meta refresh and a plain link for browsers without JavaScript.
location.replace(new URL(document.currentScript.dataset.target, location.href));
