// Coverage table: filter by region and search by country name or ISO code.
export function bindCoverageFilter(root) {
  const region = root.querySelector("#coverage-region");
  const search = root.querySelector("#coverage-search");
  const count = root.querySelector(".coverage-count");
  const empty = root.querySelector(".coverage-empty");
  const rows = [...root.querySelectorAll("tbody tr")];

  function apply() {
    const wanted = region.value;
    const query = search.value.trim().toLowerCase();
    let shown = 0;
    for (const row of rows) {
      const visible =
        (!wanted || row.dataset.region === wanted) && (!query || row.dataset.search.includes(query));
      row.hidden = !visible;
      if (visible) shown += 1;
    }
    empty.hidden = shown > 0;
    count.textContent = `${shown} of ${rows.length} countries shown`;
  }

  region.addEventListener("change", apply);
  search.addEventListener("input", apply);
  apply();
}
