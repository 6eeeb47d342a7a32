import { describe, expect, it } from "vitest";
import type { Vec3 } from "../../src/domain/schema/primitives";
import { MAX_PAIN_SPOTS } from "../../src/state/painSlice";
import { createAppStore } from "../../src/state/store";

/** Spots on the left arm (skin part 3). */
const on = (...points: Vec3[]) => points.map((position) => ({ position, part: 3 }));

describe("the pain drawing", () => {
  it("keeps spots at least the spacing apart, rounded to millimetres", () => {
    const store = createAppStore();
    store.getState().addPainSpots(on([0.10001, 1, 0], [0.104, 1, 0], [0.12, 1, 0]), 0.008);
    expect(store.getState().painSpots).toEqual(on([0.1, 1, 0], [0.12, 1, 0]));
  });

  it("does not notify anyone when a stroke adds or erases nothing", () => {
    const store = createAppStore();
    store.getState().addPainSpots(on([0.1, 1, 0]), 0.008);
    let notified = 0;
    store.subscribe(() => {
      notified += 1;
    });
    store.getState().addPainSpots(on([0.101, 1, 0]), 0.008);
    store.getState().erasePainSpots([0.5, 0.5, 0], 0.02);
    expect(notified).toBe(0);
  });

  it("erases the spots under the brush and clears all", () => {
    const store = createAppStore();
    store.getState().addPainSpots(on([0.1, 1, 0], [0.2, 1, 0]), 0.008);
    store.getState().erasePainSpots([0.105, 1, 0], 0.01, 3);
    expect(store.getState().painSpots).toEqual(on([0.2, 1, 0]));
    store.getState().clearPain();
    expect(store.getState().painSpots).toEqual([]);
  });

  it("erases only spots on the body part under the brush (the thigh beside the hand stays)", () => {
    const store = createAppStore();
    store.getState().addPainSpots([...on([0.3, 0.8, 0]), { position: [0.31, 0.8, 0], part: 5 }], 0.008);
    store.getState().erasePainSpots([0.3, 0.8, 0], 0.03, 3);
    expect(store.getState().painSpots).toEqual([{ position: [0.31, 0.8, 0], part: 5 }]);
  });

  it("stops at the spot limit", () => {
    const store = createAppStore();
    const many = Array.from({ length: MAX_PAIN_SPOTS + 50 }, (_, i) => [i * 0.01, 1, 0] as Vec3);
    store.getState().addPainSpots(on(...many), 0.008);
    expect(store.getState().painSpots).toHaveLength(MAX_PAIN_SPOTS);
  });
});
