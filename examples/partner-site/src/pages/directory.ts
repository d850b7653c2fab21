// The members directory: full-text search with the competence, country and sector pickers the
// API's taxonomies provide, a page of results and paging. The query lives in the address, so a
// search can be bookmarked and shared.
import { explain, inLanguage, viaduc, type OrganisationCard } from "../api";
import { el, option, show } from "../dom";
import { loadTaxonomies } from "../taxonomies";

const PAGE_SIZE = 20;

export async function directory(query: URLSearchParams): Promise<void> {
  const taxonomies = await loadTaxonomies();
  const form = el("form", { id: "search", role: "search" });
  const words = el("input", { type: "search", name: "q", placeholder: "Words, e.g. recycling", value: query.get("q") ?? "" });
  const competence = el("select", { name: "competence", "aria-label": "Competence" },
    option("", "Any competence", !query.get("competence")),
    ...taxonomies.competences.map((c) => option(c.id, inLanguage(c.labels), c.id === query.get("competence"))));
  const country = el("select", { name: "country", "aria-label": "Country" },
    option("", "Any country", !query.get("country")),
    ...taxonomies.countries.map((c) => option(c.code, c.name, c.code === query.get("country"))));
  const sector = el("select", { name: "nace", "aria-label": "Sector" },
    option("", "Any sector", !query.get("nace")),
    ...taxonomies.sections.map((s) => option(s.code, `${s.code} · ${s.title}`, s.code === query.get("nace"))));
  form.append(words, competence, country, sector, el("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === "string" && value) next.set(name, value);
    location.hash = `#/?${next}`;
  });

  const results = el("section", { id: "results" }, "Searching…");
  show(el("h2", {}, "Members directory"), form, results);

  const labels = new Map(taxonomies.competences.map((c) => [c.id, inLanguage(c.labels)]));
  const labelOf = (competence: string) => labels.get(competence) ?? competence;
  const page = Number(query.get("page") ?? "0");
  // cards: the compact view of the same search, with one short description in the reader's language
  const { data, error, response } = await viaduc.GET("/api/v1/organisations/cards", {
    params: {
      query: {
        ...optional("q", query.get("q")),
        ...optional("competence", query.get("competence")),
        ...optional("country", query.get("country")),
        ...optional("nace", query.get("nace")),
        page,
        size: PAGE_SIZE,
      },
    },
  });
  if (!data) {
    results.replaceChildren(el("p", { class: "problem" }, explain(error, response)));
    return;
  }
  const pages = Math.max(1, Math.ceil(data.total / data.size));
  results.replaceChildren(
    el("p", { class: "total" }, `${data.total} organisation${data.total === 1 ? "" : "s"} found`),
    el("ol", { class: "organisations" }, ...data.items.map((organisation) => entry(organisation, labelOf))),
    el("nav", { class: "paging" },
      page > 0 && el("a", { href: pageLink(query, page - 1), rel: "prev" }, "← Previous"),
      ` Page ${data.page + 1} of ${pages} `,
      page + 1 < pages && el("a", { href: pageLink(query, page + 1), rel: "next" }, "Next →")),
  );
}

function entry(organisation: OrganisationCard, labelOf: (competence: string) => string): HTMLLIElement {
  const where = [organisation.city, organisation.country].filter(Boolean).join(", ");
  return el("li", {},
    el("a", { href: `#/organisations/${organisation.id}` }, organisation.name),
    el("span", { class: "meta" }, ` ${organisation.type} · ${where}`),
    organisation.competences.length > 0 && el("span", { class: "tags" }, organisation.competences.map(labelOf).join(" · ")),
    organisation.description !== null && el("span", { class: "summary" }, organisation.description));
}

function optional(name: string, value: string | null): Record<string, string> {
  return value ? { [name]: value } : {};
}

function pageLink(query: URLSearchParams, page: number): string {
  const next = new URLSearchParams(query);
  next.set("page", String(page));
  return `#/?${next}`;
}
