import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { bundledDatasetFiles } from "../../src/domain/bundledDatasetFiles";
import { loadDataset } from "../../src/domain/validateDataset";
import { DatasetContext } from "../../src/state/datasetContext";
import { useAppStore } from "../../src/state/store";
import { SidePanel } from "../../src/ui/SidePanel";

const dataset = loadDataset(bundledDatasetFiles);

function renderPanel() {
  return render(
    <DatasetContext.Provider value={dataset}>
      <SidePanel />
    </DatasetContext.Provider>,
  );
}

describe("SidePanel", () => {
  beforeEach(() => useAppStore.getState().select(null));

  it("lists every region as a button", () => {
    renderPanel();
    for (const region of dataset.regions) {
      expect(screen.getByRole("button", { name: region.name })).toBeDefined();
    }
  });

  it("shows the chosen region's name as the heading", async () => {
    renderPanel();
    await userEvent.click(screen.getByRole("button", { name: "IT band" }));
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("IT band");
    expect(screen.getByRole("button", { name: "IT band" }).getAttribute("aria-pressed")).toBe("true");
  });
});
