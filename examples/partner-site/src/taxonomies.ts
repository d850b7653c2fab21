// The pickers' choices, read once from the API's taxonomies (the same lists it validates against).
import { viaduc, type Competence, type Country, type NaceCode } from "./api";

export interface Taxonomies {
  competences: Competence[];
  countries: Country[];
  sections: NaceCode[];
}

let loaded: Promise<Taxonomies> | undefined;

export function loadTaxonomies(): Promise<Taxonomies> {
  loaded ??= Promise.all([
    viaduc.GET("/api/v1/taxonomies/competences"),
    viaduc.GET("/api/v1/taxonomies/countries"),
    viaduc.GET("/api/v1/taxonomies/nace-codes", { params: { query: { level: "section" } } }),
  ]).then(([competences, countries, sections]) => {
    if (!competences.data || !countries.data || !sections.data) throw new Error("The taxonomies could not be read.");
    return { competences: competences.data, countries: countries.data, sections: sections.data };
  });
  return loaded;
}
