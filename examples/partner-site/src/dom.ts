// A few helpers to build the page without a framework: every text goes in as text, never as HTML.
type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) {
    if (child) element.append(child);
  }
  return element;
}

export function show(...children: Child[]): HTMLElement {
  const page = document.getElementById("page");
  if (!page) throw new Error("index.html has no #page");
  page.replaceChildren(...children.filter((child): child is Node | string => Boolean(child)));
  return page;
}

export function option(value: string, label: string, selected: boolean): HTMLOptionElement {
  const element = el("option", { value }, label);
  element.selected = selected;
  return element;
}
