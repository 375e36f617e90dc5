// The texts of the checks and widgets: the same table as checks/locales/*.py,
// written to assets/data/messages.<lang>.json by the build.
const tables = new Map();

export function loadMessages(lang = "en") {
  if (!tables.has(lang)) {
    const url = new URL(`../data/messages.${lang}.json`, import.meta.url);
    tables.set(
      lang,
      fetch(url).then((r) => {
        if (!r.ok) throw new Error(`messages: HTTP ${r.status}`);
        return r.json();
      }),
    );
  }
  return tables.get(lang);
}

// Python's str.format fields: "{name}".
export function format(table, key, fields = {}) {
  const template = table[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (m, name) => (name in fields ? String(fields[name]) : m));
}

// A whole number as the checks write it (Python's f"{n:,}": 10,000). Not
// toLocaleString, which builds an ICU formatter on each call (tens of ms).
export function grouped(value) {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
