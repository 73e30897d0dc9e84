// Progressive enhancement only: every control works without JavaScript.
// Ticking a facet checkbox or choosing a sort order submits its form at once.
document.addEventListener("change", function (event) {
  var el = event.target;
  if (el.matches(".facets input[type=checkbox], .sort select")) {
    el.form.submit();
  }
});
document.documentElement.classList.add("js");
