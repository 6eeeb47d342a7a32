import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { bundledDatasetFiles } from "../../src/domain/bundledDatasetFiles";
import { sessionGuideSteps } from "../../src/domain/queries/sessionGuide";
import { loadDataset } from "../../src/domain/validateDataset";
import { DatasetContext } from "../../src/state/datasetContext";
import { useAppStore } from "../../src/state/store";
import { defaultViewState } from "../../src/state/viewState";
import { AppHeader } from "../../src/ui/AppHeader";
import { SidePanel } from "../../src/ui/SidePanel";

const dataset = loadDataset(bundledDatasetFiles);
const steps = sessionGuideSteps(dataset.safety);

function renderPanel() {
  return render(
    <DatasetContext.Provider value={dataset}>
      <AppHeader />
      <SidePanel />
    </DatasetContext.Provider>,
  );
}

const guide = () => within(screen.getByRole("region", { name: "What a session is like" }));
const stepHeading = () => guide().getByRole("heading", { level: 3 }).textContent;

describe("What a session is like", () => {
  beforeEach(() =>
    useAppStore.setState({
      ...defaultViewState,
      selection: { kind: "muscle", id: "upper-trapezius" },
      sessionStep: null,
      notice: null,
    }),
  );

  it("opens from a muscle's panel in the patient view and steps through with Next and Back", async () => {
    renderPanel();
    await userEvent.click(screen.getByRole("button", { name: "Show me, step by step" }));
    expect(useAppStore.getState().sessionStep).toBe(0);
    expect(guide().getByRole("note").textContent).toContain('trigger point "Free upper border, mid-fibres"');
    const seen: string[] = [];
    const texts: string[] = [];
    for (let i = 0; i < steps.length; i++) {
      expect(guide().getByText(`Step ${i + 1} of ${steps.length}`)).toBeDefined();
      seen.push(stepHeading() ?? "");
      texts.push(screen.getByRole("region", { name: "What a session is like" }).textContent ?? "");
      if (i < steps.length - 1) await userEvent.click(guide().getByRole("button", { name: "Next" }));
    }
    expect(seen.slice(0, 3)).toEqual(["What dry needling is", "Before: tell your practitioner", "How it is kept safe"]);
    expect(seen).toContain("How it differs from acupuncture");
    const all = texts.join(" ");
    for (const needed of [
      "local twitch response",
      "15-30 minutes",
      "for a day or two",
      "licensed health professional",
      "sterile, single-use",
      "pregnant",
      "blood thinners",
      "acupuncture",
    ]) {
      expect(all).toContain(needed);
    }
    await userEvent.click(guide().getByRole("button", { name: "Back" }));
    expect(useAppStore.getState().sessionStep).toBe(steps.length - 2);
    await userEvent.click(guide().getByRole("button", { name: "Next" }));
    await userEvent.click(guide().getByRole("button", { name: "Done" }));
    expect(useAppStore.getState().sessionStep).toBeNull();
    expect(screen.getByRole("button", { name: "Show me, step by step" })).toBeDefined();
  });

  it("steps with the arrow keys, not while typing in search, and closes when another muscle is selected", async () => {
    renderPanel();
    await userEvent.click(screen.getByRole("button", { name: "Show me, step by step" }));
    await userEvent.keyboard("{ArrowRight}{ArrowRight}");
    expect(stepHeading()).toBe("How it is kept safe");
    await userEvent.keyboard("{ArrowLeft}");
    expect(stepHeading()).toBe("Before: tell your practitioner");
    await userEvent.click(screen.getByRole("combobox", { name: "Search" }));
    await userEvent.keyboard("{ArrowRight}");
    expect(stepHeading()).toBe("Before: tell your practitioner");
    // The first step's Back does nothing (it stays focusable and says it is disabled).
    act(() => useAppStore.getState().setSessionStep(0));
    const back = guide().getByRole("button", { name: "Back" });
    expect(back.getAttribute("aria-disabled")).toBe("true");
    await userEvent.click(back);
    expect(useAppStore.getState().sessionStep).toBe(0);
    act(() => useAppStore.getState().select({ kind: "muscle", id: "masseter" }));
    expect(useAppStore.getState().sessionStep).toBeNull();
    expect(screen.queryByRole("region", { name: "What a session is like" })?.textContent).not.toContain("Step 1");
  });

  it("is offered to patients only", async () => {
    renderPanel();
    expect(screen.getByRole("button", { name: "Show me, step by step" })).toBeDefined();
    await userEvent.click(screen.getByRole("button", { name: "Practitioners" }));
    expect(screen.queryByRole("button", { name: "Show me, step by step" })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Students" }));
    expect(screen.queryByRole("button", { name: "Show me, step by step" })).toBeNull();
    expect(screen.getByRole("region", { name: "Study" })).toBeDefined();
  });
});
