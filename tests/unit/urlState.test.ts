import { describe, expect, it } from "vitest";
import { bundledDatasetFiles } from "../../src/domain/bundledDatasetFiles";
import { loadDataset } from "../../src/domain/validateDataset";
import { decodeUrlState, encodeUrlState, type UrlState } from "../../src/state/urlState";
import { defaultViewState } from "../../src/state/viewState";

const dataset = loadDataset(bundledDatasetFiles);
const base: UrlState = { ...defaultViewState, selection: null, painSpots: [], painMode: false };

describe("URL state", () => {
  it("keeps the start view's link empty", () => {
    expect(encodeUrlState(base)).toBe("");
    expect(decodeUrlState("", dataset)).toEqual({ state: base, problems: [] });
  });

  it("round-trips a selection with its side, view, layers and switches", () => {
    const state: UrlState = {
      selection: { kind: "muscle", id: "upper-trapezius", side: "left" },
      view: "back",
      layers: { skin: false, superficial: true, intermediate: false, deep: true, bones: true },
      xray: true,
      isolate: true,
      sides: "left",
      audience: "practitioner",
      painSpots: [
        { position: [0.281, 1.11, -0.03], part: 3 },
        { position: [-0.1, 0.5, 0.021], part: 6 },
      ],
      painMode: true,
    };
    const search = encodeUrlState(state);
    expect(search).toContain("muscle=upper-trapezius");
    expect(decodeUrlState(search, dataset)).toEqual({ state, problems: [] });
  });

  it("round-trips regions and conditions", () => {
    for (const selection of [
      { kind: "region", id: "it-band" },
      { kind: "condition", id: "tennis-elbow" },
    ] as const) {
      expect(decodeUrlState(encodeUrlState({ ...base, selection }), dataset).state.selection).toEqual(selection);
    }
  });

  it("opens an old link to the whole sternocleidomastoid on its sternal division, side kept, without a notice", () => {
    const { state, problems } = decodeUrlState("?muscle=sternocleidomastoid&side=right", dataset);
    expect(state.selection).toEqual({ kind: "muscle", id: "sternocleidomastoid-sternal", side: "right" });
    expect(problems).toEqual([]);
    expect(encodeUrlState(state)).toBe("?muscle=sternocleidomastoid-sternal&side=right");
  });

  it("falls back to the start view with a message for an unknown muscle", () => {
    const { state, problems } = decodeUrlState("?muscle=nosuchmuscle&view=back", dataset);
    expect(state.selection).toBeNull();
    expect(state.view).toBe("back");
    expect(problems[0]).toContain('"nosuchmuscle"');
  });

  it("carries each audience in the link, the patient view (the default) leaving it out; older links still open", () => {
    expect(encodeUrlState({ ...base, audience: "patient" })).toBe("");
    for (const audience of ["practitioner", "student"] as const) {
      const search = encodeUrlState({ ...base, audience });
      expect(search).toBe(`?for=${audience}`);
      expect(decodeUrlState(search, dataset)).toEqual({ state: { ...base, audience }, problems: [] });
    }
    expect(decodeUrlState("?muscle=masseter&for=patient", dataset).problems).toEqual([]);
  });

  it("says so when the sides or audience in a link are unknown", () => {
    const { state, problems } = decodeUrlState("?sides=middle&for=robot", dataset);
    expect(state.sides).toBe("both");
    expect(state.audience).toBe("patient");
    expect(problems).toHaveLength(2);
  });

  it("opens a safety topic from a link and explains an unknown one", () => {
    const search = encodeUrlState({ ...base, selection: { kind: "topic", id: "acupuncture" } });
    expect(search).toBe("?topic=acupuncture");
    expect(decodeUrlState(search, dataset).state.selection).toEqual({ kind: "topic", id: "acupuncture" });
    const unknown = decodeUrlState("?topic=reiki", dataset);
    expect(unknown.state.selection).toBeNull();
    expect(unknown.problems[0]).toContain('topic "reiki"');
  });

  it("writes each spot's body part and reads older links without one", () => {
    const search = encodeUrlState({ ...base, painSpots: [{ position: [0.281, 1.11, -0.03], part: 3 }] });
    expect(search).toBe("?pain=281.1110.-30.3");
    expect(decodeUrlState("?pain=281.1110.-30", dataset).state.painSpots).toEqual([
      { position: [0.281, 1.11, -0.03], part: -1 },
    ]);
    expect(decodeUrlState("?pain=281.1110.-30.9", dataset).problems[0]).toContain("pain drawing");
  });

  it("drops an unreadable pain drawing with a message", () => {
    const { state, problems } = decodeUrlState("?pain=12.x.4&region=neck", dataset);
    expect(state.painSpots).toEqual([]);
    expect(state.selection).toEqual({ kind: "region", id: "neck" });
    expect(problems[0]).toContain("pain drawing");
  });

  it("ignores a bad view or layer with a message and keeps the rest", () => {
    const { state, problems } = decodeUrlState("?region=jaw&view=upside-down&layers=skin,wings", dataset);
    expect(state.selection).toEqual({ kind: "region", id: "jaw" });
    expect(state.view).toBe("front");
    expect(state.layers.skin).toBe(true);
    expect(state.layers.superficial).toBe(false);
    expect(problems).toHaveLength(2);
  });
});
