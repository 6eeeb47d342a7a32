import type { Mesh } from "three";
import { describe, expect, it } from "vitest";
import { bundledDatasetFiles } from "../../src/domain/bundledDatasetFiles";
import { loadDataset } from "../../src/domain/validateDataset";
import type { MusclePart } from "../../src/scene/bodyModel";
import { isMuscleVisible, muscleLook } from "../../src/scene/muscleLook";
import { type AppState, createAppStore } from "../../src/state/store";

const dataset = loadDataset(bundledDatasetFiles);
const part = (muscleId: string, side: MusclePart["side"], layer: MusclePart["layer"] = "superficial"): MusclePart => ({
  key: side === "midline" ? muscleId : `${muscleId}.${side}`,
  muscleId,
  side,
  layer,
  mesh: {} as Mesh,
  tendon: [0.1, 0.1],
  triggerPoints: [],
});
const stateWith = (patch: Partial<AppState>): AppState => {
  const store = createAppStore();
  store.setState(patch);
  return store.getState();
};

describe("how a muscle is drawn", () => {
  const left = part("supinator", "left", "deep");
  const right = part("supinator", "right", "deep");
  const other = part("masseter", "left");

  it("selects both sides of a muscle, or only the side named", () => {
    const both = stateWith({ selection: { kind: "muscle", id: "supinator" } });
    expect([muscleLook(left, both, dataset), muscleLook(right, both, dataset)]).toEqual(["selected", "selected"]);
    const one = stateWith({ selection: { kind: "muscle", id: "supinator", side: "right" } });
    expect([muscleLook(left, one, dataset), muscleLook(right, one, dataset)]).toEqual(["dimmed", "selected"]);
  });

  it("highlights a condition's muscles and dims the rest", () => {
    const state = stateWith({ selection: { kind: "condition", id: "tennis-elbow" } });
    expect(muscleLook(left, state, dataset)).toBe("highlighted");
    expect(muscleLook(other, state, dataset)).toBe("dimmed");
  });

  it("shows hover only when nothing is selected over it", () => {
    expect(muscleLook(other, stateWith({ hover: { kind: "muscle", key: "masseter.left" } }), dataset)).toBe("hovered");
    expect(muscleLook(other, stateWith({}), dataset)).toBe("normal");
  });

  it("hides muscles of hidden layers and hidden sides", () => {
    const base = stateWith({});
    expect(isMuscleVisible(left, stateWith({ layers: { ...base.layers, deep: false } }), "normal")).toBe(false);
    expect(isMuscleVisible(other, stateWith({ layers: { ...base.layers, deep: false } }), "normal")).toBe(true);
    expect(isMuscleVisible(right, stateWith({ sides: "left" }), "normal")).toBe(false);
    expect(isMuscleVisible(left, stateWith({ sides: "left" }), "normal")).toBe(true);
  });

  it("isolates the selection", () => {
    const state = stateWith({ isolate: true, selection: { kind: "muscle", id: "supinator" } });
    expect(isMuscleVisible(left, state, muscleLook(left, state, dataset))).toBe(true);
    expect(isMuscleVisible(other, state, muscleLook(other, state, dataset))).toBe(false);
  });
});
