// The typed Viaduc client: paths and schemas come from the gateway's merged OpenAPI document
// (npm run generate), so a response field the server always sends is typed as always there.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/viaduc-api";

export type Organisation = components["schemas"]["Organisation"];
export type OrganisationCard = components["schemas"]["OrganisationCard"];
export type Opportunity = components["schemas"]["Opportunity"];
export type Competence = components["schemas"]["Competence"];
export type Country = components["schemas"]["Country"];
export type NaceCode = components["schemas"]["NaceCode"];
export type Problem = components["schemas"]["Problem"];

/** Where the gateway is: set VITE_VIADUC_API at build time, else the local platform. */
export const apiBase: string = import.meta.env.VITE_VIADUC_API ?? "http://localhost:8080";

/** The reader's language, which the API uses for texts it has in several languages. */
export const language: string = (navigator.language || "en").slice(0, 2);

export const viaduc = createClient<paths>({
  baseUrl: apiBase,
  headers: { "Accept-Language": language },
});

/** A problem document's words for a person, or the status when the gateway sent none. */
export function explain(problem: Problem | undefined, response: Response): string {
  if (!problem) return `The directory answered ${response.status}.`;
  const fields = (problem.violations ?? []).map((violation) => `${violation.field}: ${violation.message}`);
  return [problem.title, problem.detail, ...fields].filter(Boolean).join(" — ");
}

/** A text in the reader's language, else English, else any. */
export function inLanguage(texts: Record<string, string>): string {
  return texts[language] ?? texts["en"] ?? Object.values(texts)[0] ?? "";
}
