import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bundledDatasetFiles } from "../../src/domain/bundledDatasetFiles";
import { localizeDataset } from "../../src/domain/i18n/localizeDataset";
import type { Translation } from "../../src/domain/i18n/translationSchema";
import { loadDataset } from "../../src/domain/validateDataset";
import { setInterfaceLanguage } from "../../src/i18n/i18n";
import { DatasetContext, LocalizationContext } from "../../src/state/datasetContext";
import { useAppStore } from "../../src/state/store";
import { defaultViewState } from "../../src/state/viewState";
import { LanguageMenu } from "../../src/ui/LanguageMenu";
import { SidePanel } from "../../src/ui/SidePanel";

const english = loadDataset(bundledDatasetFiles);

/** A Spanish translation of the upper trapezius that lacks its summary and its symptoms. */
const partial: Translation = {
  lang: "es",
  muscles: {
    "upper-trapezius": {
      name: "Trapecio superior",
      referral: "Dolor que sube por el lado del cuello hasta la sien.",
      selfCare: english.muscleById.get("upper-trapezius")?.selfCare.map((_, i) => `Consejo ${i + 1}.`),
    },
  },
  regions: {},
  conditions: {},
  landmarks: {},
  safety: {},
};

function renderInSpanish() {
  const localized = localizeDataset(english, partial, "es");
  return render(
    <DatasetContext.Provider value={localized.dataset}>
      <LocalizationContext.Provider value={localized}>
        <LanguageMenu />
        <SidePanel />
      </LocalizationContext.Provider>
    </DatasetContext.Provider>,
  );
}

describe("a missing translation", () => {
  beforeEach(() => {
    useAppStore.setState({ ...defaultViewState, selection: { kind: "muscle", id: "upper-trapezius" }, notice: null });
    setInterfaceLanguage("es");
  });
  afterEach(() => setInterfaceLanguage("en"));

  it("shows the English text, tagged visibly and marked lang=en, never a blank", () => {
    renderInSpanish();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Trapecio superior");
    const summary = english.muscleById.get("upper-trapezius")?.summary ?? "";
    const shown = screen.getByText(summary);
    expect(shown.getAttribute("lang")).toBe("en");
    expect(shown.parentElement?.querySelector(".lang-tag")?.textContent).toBe("en inglés");
    const pattern = screen.getByRole("region", { name: "Dónde puede sentirlo" });
    expect(
      within(pattern)
        .getByText(/Dolor que sube/)
        .closest("[lang=en]"),
    ).toBeNull();
    const symptoms = screen.getByRole("heading", { name: "Lo que se nota" }).parentElement;
    const items = within(symptoms as HTMLElement).getAllByRole("listitem");
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.querySelector("[lang=en]")?.textContent?.length).toBeGreaterThan(5);
      expect(item.querySelector(".lang-tag")).not.toBeNull();
    }
    expect(screen.getByText("Consejo 1.").closest("[lang=en]")).toBeNull();
    // Practitioner detail stays English, said so once.
    expect(screen.getByText("Los detalles para profesionales se muestran en inglés.")).toBeTruthy();
  });

  it("switches the interface from the language menu", async () => {
    renderInSpanish();
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Idioma" }), "de");
    expect(useAppStore.getState().language).toBe("de");
    act(() => setInterfaceLanguage("de"));
    expect(screen.getByRole("combobox", { name: "Sprache" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Wo Sie es spüren können" })).toBeTruthy();
  });
});
