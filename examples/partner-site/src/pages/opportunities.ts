// Published opportunities (offers, requests, partner searches, urgent needs), newest first.
import { explain, viaduc, type Opportunity } from "../api";
import { el, show } from "../dom";

export async function opportunities(): Promise<void> {
  const list = el("section", { id: "opportunities" }, "Loading…");
  show(el("h2", {}, "Opportunities"), list);
  const { data, error, response } = await viaduc.GET("/api/v1/opportunities", { params: { query: { size: 20 } } });
  if (!data) {
    list.replaceChildren(el("p", { class: "problem" }, explain(error, response)));
    return;
  }
  list.replaceChildren(
    el("p", { class: "total" }, `${data.total} published opportunit${data.total === 1 ? "y" : "ies"}`),
    el("ul", { class: "opportunities" }, ...data.items.map(entry)),
  );
}

function entry(opportunity: Opportunity): HTMLLIElement {
  const by = opportunity.organisationName ?? "a partner platform's member";
  const deadline = opportunity.deadline ? ` · until ${opportunity.deadline}` : "";
  return el("li", {},
    el("strong", {}, opportunity.title),
    el("span", { class: "meta" }, ` ${opportunity.type.replaceAll("_", " ").toLowerCase()} · by ${by}${deadline}`),
    opportunity.description && el("p", {}, opportunity.description));
}
