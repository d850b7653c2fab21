// An organisation's page: what it is, where, what it can do, what it offers and needs, in the
// reader's language when the organisation wrote it (else English, else what there is).
import { explain, inLanguage, viaduc } from "../api";
import { el, show } from "../dom";
import { loadTaxonomies } from "../taxonomies";

export async function organisationPage(id: string): Promise<void> {
  show(el("p", {}, "Loading…"));
  const [{ data, error, response }, taxonomies] = await Promise.all([
    viaduc.GET("/api/v1/organisations/{id}", { params: { path: { id } } }),
    loadTaxonomies(),
  ]);
  if (!data) {
    show(el("h2", {}, "Organisation"), el("p", { class: "problem" }, explain(error, response)));
    return;
  }
  const competenceLabel = (competence: string) => {
    const known = taxonomies.competences.find((c) => c.id === competence);
    return known ? inLanguage(known.labels) : competence;
  };
  const country = taxonomies.countries.find((c) => c.code === data.country)?.name ?? data.country;
  show(
    el("article", { class: "organisation" },
      el("h2", {}, data.name),
      el("p", { class: "meta" }, [data.type, data.city, country].filter(Boolean).join(" · ")),
      data.website && el("p", {}, el("a", { href: data.website, rel: "noopener" }, data.website)),
      el("p", { class: "description" }, inLanguage(data.descriptions)),
      el("h3", {}, "Competences"),
      el("ul", { class: "competences" }, ...data.competences.map((c) => el("li", {}, competenceLabel(c)))),
      Object.keys(data.offers).length > 0 && el("h3", {}, "Offers"),
      Object.keys(data.offers).length > 0 && el("p", { class: "offers" }, inLanguage(data.offers)),
      Object.keys(data.needs).length > 0 && el("h3", {}, "Needs"),
      Object.keys(data.needs).length > 0 && el("p", { class: "needs" }, inLanguage(data.needs)),
      el("p", {}, el("a", { href: "#/" }, "← Back to the directory"))),
  );
}
