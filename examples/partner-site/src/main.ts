// A hash router over the four pages; every page reads the API through the typed client.
import "./style.css";
import { apiBase } from "./api";
import { el, show } from "./dom";
import { directory } from "./pages/directory";
import { mapPage } from "./pages/map";
import { opportunities } from "./pages/opportunities";
import { organisationPage } from "./pages/organisation";

async function route(): Promise<void> {
  const [path = "/", query = ""] = location.hash.replace(/^#/, "").split("?");
  const organisation = /^\/organisations\/([0-9a-f-]{36})$/.exec(path);
  if (organisation?.[1]) return organisationPage(organisation[1]);
  if (path === "/map") return mapPage();
  if (path === "/opportunities") return opportunities();
  return directory(new URLSearchParams(query));
}

function render(): void {
  route().catch((error: unknown) =>
    show(el("p", { class: "problem" }, `The directory cannot be reached: ${error instanceof Error ? error.message : String(error)}`)));
}

const base = document.getElementById("api-base");
if (base) base.textContent = apiBase;
window.addEventListener("hashchange", render);
render();
