import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { bundledDatasetFiles } from "../../src/domain/bundledDatasetFiles";
import { loadDataset } from "../../src/domain/validateDataset";
import { DatasetContext } from "../../src/state/datasetContext";
import { useAppStore } from "../../src/state/store";
import { defaultViewState } from "../../src/state/viewState";
import { AppHeader } from "../../src/ui/AppHeader";
import { SidePanel } from "../../src/ui/SidePanel";

const dataset = loadDataset(bundledDatasetFiles);

function renderPanel() {
  return render(
    <DatasetContext.Provider value={dataset}>
      <AppHeader />
      <SidePanel />
    </DatasetContext.Provider>,
  );
}

const heading = () => screen.getByRole("heading", { level: 1 }).textContent;

describe("SidePanel", () => {
  beforeEach(() => useAppStore.setState({ ...defaultViewState, selection: null, notice: null }));

  it("lists every region and condition as a button on the start view", () => {
    renderPanel();
    const buttons = screen.getAllByRole("button").map((b) => b.textContent);
    for (const region of dataset.regions) expect(buttons).toContain(region.name);
    for (const condition of dataset.conditions) expect(buttons).toContain(condition.name);
  });

  it("opens a region with the muscles that refer into it, essential first, and goes back", async () => {
    renderPanel();
    await userEvent.click(screen.getByRole("button", { name: "IT band" }));
    expect(heading()).toBe("IT band");
    const referrers = screen.getByRole("region", { name: "Muscles that refer pain here" });
    const names = within(referrers)
      .getAllByRole("button")
      .map((b) => b.textContent ?? "");
    expect(names.some((n) => n.startsWith("Tensor fasciae latae"))).toBe(true);
    expect(names.findIndex((n) => n.endsWith("spillover"))).toBeGreaterThan(
      names.findIndex((n) => n.endsWith("essential")),
    );
    await userEvent.click(screen.getByRole("button", { name: /All regions and conditions/ }));
    expect(heading()).toBe("Where does it hurt?");
  });

  it("opens a muscle from a region list, with the clinical detail folded for patients", async () => {
    renderPanel();
    await userEvent.click(screen.getByRole("button", { name: "Jaw" }));
    const located = screen.getByRole("region", { name: "Muscles in this region" });
    await userEvent.click(within(located).getByRole("button", { name: "Masseter" }));
    expect(heading()).toBe("Masseter");
    const clinical = screen.getByText(/For practitioners/).closest("details");
    expect(clinical?.open).toBe(false);
    await userEvent.click(screen.getByRole("button", { name: "Practitioners" }));
    const opened = screen.getByText(/For practitioners/).closest("details");
    expect(opened?.open).toBe(true);
    const pattern = screen.getByRole("heading", { name: "Where it refers pain" });
    // Practitioner detail moves up, right under the summary, before the pattern.
    expect(opened && opened.compareDocumentPosition(pattern) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    useAppStore.getState().setViewState({ audience: "patient" });
  });

  it("says in one line when a pattern is charted once for a group, naming the other members", async () => {
    useAppStore.setState({ selection: { kind: "muscle", id: "middle-scalene" } });
    renderPanel();
    const pattern = within(screen.getByRole("region", { name: "Where you may feel it" }));
    const line = pattern.getByText(/Shared pattern/).closest("p");
    expect(line?.textContent).toContain("with Anterior scalene, Posterior scalene:");
    expect(line?.textContent).toContain("one composite pattern");
    act(() => useAppStore.setState({ selection: { kind: "muscle", id: "scalenus-minimus" } }));
    expect(heading()).toBe("Scalenus minimus");
    expect(screen.queryByText(/Shared pattern/)).toBeNull();
  });

  it("shows a condition's red flags before its muscles", async () => {
    renderPanel();
    await userEvent.click(screen.getByRole("button", { name: dataset.conditionById.get("sciatica")?.name ?? "" }));
    const flags = screen.getByRole("region", { name: "See a doctor first if" });
    expect(within(flags).getAllByRole("listitem").length).toBeGreaterThan(0);
    expect(screen.getByRole("region", { name: "Muscles commonly involved" })).toBeDefined();
  });

  it("finds a muscle by a misspelt name and opens it with Enter", async () => {
    renderPanel();
    await userEvent.type(screen.getByRole("combobox", { name: "Search" }), "masetter{Enter}");
    expect(heading()).toBe("Masseter");
  });

  it("focuses search with the / key", async () => {
    renderPanel();
    await userEvent.keyboard("/");
    expect(document.activeElement).toBe(screen.getByRole("combobox", { name: "Search" }));
  });

  it("opens a place's region from search, and the dry-needling page from a topic", async () => {
    renderPanel();
    const search = screen.getByRole("combobox", { name: "Search" });
    await userEvent.type(search, "outer elbow");
    const first = within(screen.getByRole("listbox", { name: "Search results" })).getAllByRole("option")[0];
    expect(first?.textContent).toMatch(/^Outer elbow \(lateral epicondyle\) · ElbowPlace$/);
    await userEvent.keyboard("{Enter}");
    expect(heading()).toBe("Elbow");
    await userEvent.type(search, "acupuncture{Enter}");
    expect(heading()).toBe("About dry needling");
    expect(screen.getByRole("region", { name: "Dry needling and acupuncture" }).getAttribute("aria-current")).toBe(
      "true",
    );
  });

  it("shows a region's red flags before its muscles, folded after five", async () => {
    renderPanel();
    await userEvent.click(screen.getByRole("button", { name: "Head" }));
    const flags = screen.getByRole("region", { name: "See a doctor first if" });
    const muscles = screen.getByRole("region", { name: "Muscles that refer pain here" });
    expect(flags.compareDocumentPosition(muscles) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(flags).getAllByRole("listitem")).toHaveLength(5);
    await userEvent.click(within(flags).getByRole("button", { name: /Show all \d+ signs/ }));
    const all = within(flags)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(all.length).toBeGreaterThan(5);
    expect(all.some((flag) => flag?.includes("giant cell arteritis"))).toBe(true);
  });

  it("lists every muscle A to Z on the start view", async () => {
    renderPanel();
    await userEvent.click(screen.getByText(`All ${dataset.muscles.length} muscles, A to Z`));
    const index = screen.getByText(`All ${dataset.muscles.length} muscles, A to Z`).closest("details");
    if (!index) throw new Error("no index");
    const names = within(index)
      .getAllByRole("button")
      .map((b) => b.textContent);
    expect(names).toEqual(dataset.muscles.map((m) => m.name).sort((a, b) => a.localeCompare(b)));
  });
});
