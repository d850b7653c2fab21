// Where the members are: the API's GeoJSON drawn with Leaflet as dots on a plain background
// (no tile server needed); a dot's popup links to the organisation's page.
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { explain, viaduc } from "../api";
import { el, show } from "../dom";

export async function mapPage(): Promise<void> {
  const canvas = el("div", { id: "map" });
  const caption = el("p", { class: "total" }, "Loading…");
  show(el("h2", {}, "Map of members"), caption, canvas);
  const { data, error, response } = await viaduc.GET("/api/v1/organisations/map", { params: { query: { limit: 2000 } } });
  if (!data) {
    caption.replaceChildren(el("span", { class: "problem" }, explain(error, response)));
    return;
  }
  caption.textContent = `${data.numberReturned} of ${data.numberMatched} located organisations`;
  const map = L.map(canvas, { attributionControl: false }).setView([50, 10], 4);
  const layer = L.geoJSON(data.features.map((feature) => ({ ...feature, id: feature.id })), {
    pointToLayer: (_feature, position) =>
      L.circleMarker(position, { radius: 6, color: "#7a1f5c", weight: 1, fillOpacity: 0.7 }),
    onEachFeature: (feature, marker) => {
      const link = el("a", { href: `#/organisations/${String(feature.id)}` }, String(feature.properties.name));
      marker.bindPopup(el("div", {}, link, el("br"), String(feature.properties.country)));
    },
  }).addTo(map);
  if (data.features.length > 0) map.fitBounds(layer.getBounds(), { padding: [20, 20], maxZoom: 9 });
}
