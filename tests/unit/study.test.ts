import { describe, expect, it } from "vitest";
import { skinPartCode } from "../../src/domain/bodyParts/bodyParts";
import { bundledDatasetFiles } from "../../src/domain/bundledDatasetFiles";
import { musclesOf, regionPanelMuscles } from "../../src/domain/queries/panelMuscles";
import { regionReferrers } from "../../src/domain/queries/regionReferrers";
import { refersTo } from "../../src/domain/study/judgeTap";
import { muscleChoices } from "../../src/domain/study/muscleChoices";
import { cardId, cardsOf, parseCardId, planRound } from "../../src/domain/study/studyCards";
import { loadDataset } from "../../src/domain/validateDataset";
import { createAppStore } from "../../src/state/store";
import { dueTime, isLearned, reviewCard } from "../../src/state/study/scheduler";
import { readStudyDeck, STUDY_KEY, writeStudyDeck } from "../../src/state/study/studyStorage";

const dataset = loadDataset(bundledDatasetFiles);
const landmark = (id: string) => {
  const p = dataset.landmarkById.get(id)?.position;
  if (!p) throw new Error(id);
  return p;
};

/** A seeded random number generator (mulberry32), so the shuffles are repeatable. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Storage in memory, as the browser's localStorage behaves. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe("study lists and rounds", () => {
  it("lists a region's muscles as its panel does: referrers first, then those lying in it, each once", () => {
    const muscles = regionPanelMuscles(dataset, "upper-back");
    const referrers = regionReferrers(dataset, "upper-back").map((r) => r.muscleId);
    expect(muscles.slice(0, referrers.length)).toEqual(referrers);
    expect(new Set(muscles).size).toBe(muscles.length);
    for (const id of dataset.regionById.get("upper-back")?.muscles ?? []) expect(muscles).toContain(id);
    expect(musclesOf(dataset, { kind: "condition", id: "tennis-elbow" })).toEqual(
      dataset.conditionById.get("tennis-elbow")?.muscles,
    );
    expect(musclesOf(dataset, { kind: "muscle", id: "upper-trapezius" })[0]).toBe("upper-trapezius");
  });

  it("rotates the quizzes along the list and round-trips card ids", () => {
    const cards = cardsOf(["a", "b", "c"]);
    expect(cards.slice(0, 3).map((c) => c.kind)).toEqual(["name", "refer", "place"]);
    expect(cards.slice(3, 6).map((c) => c.kind)).toEqual(["refer", "place", "name"]);
    expect(cards).toHaveLength(9);
    expect(parseCardId(cardId({ muscleId: "upper-trapezius", kind: "place" }))).toEqual({
      muscleId: "upper-trapezius",
      kind: "place",
    });
    expect(parseCardId("guess:upper-trapezius")).toBeNull();
  });

  it("plans a round with due cards first (most overdue first), then new ones, then studying ahead", () => {
    const now = 1_000_000;
    const schedules = new Map([
      ["refer:b", { due: now - 10 }],
      ["name:a", { due: now - 500 }],
      ["place:c", { due: now + 5000 }],
    ]);
    const round = planRound(["a", "b", "c"], schedules, now, 9).map(cardId);
    expect(round.slice(0, 2)).toEqual(["name:a", "refer:b"]);
    expect(round.at(-1)).toBe("place:c");
    expect(round).toHaveLength(9);
    expect(planRound(["a", "b", "c"], schedules, now, 4)).toHaveLength(4);
  });

  it("offers four different muscles with the answer, never two of one group pattern", () => {
    for (let seed = 1; seed < 30; seed++) {
      const choices = muscleChoices(dataset, "anterior-scalene", regionPanelMuscles(dataset, "neck"), seeded(seed));
      expect(choices).toHaveLength(4);
      expect(new Set(choices).size).toBe(4);
      expect(choices).toContain("anterior-scalene");
      const group = dataset.muscleById.get("anterior-scalene")?.referral.groupPattern?.muscles ?? [];
      expect(choices.filter((id) => group.includes(id))).toEqual(["anterior-scalene"]);
    }
  });

  it("judges a tap by the zone field: right in an essential zone, on either side; wrong elsewhere", () => {
    const trunk = skinPartCode("trunk", "left");
    const head = skinPartCode("head", "left");
    const temple = landmark("temple");
    expect(refersTo(dataset, "upper-trapezius", temple, head)).toBe(true);
    expect(refersTo(dataset, "upper-trapezius", [-temple[0], temple[1], temple[2]], head)).toBe(true);
    expect(refersTo(dataset, "upper-trapezius", landmark("lumbar"), trunk)).toBe(false);
  });
});

describe("spaced repetition (FSRS)", () => {
  it("schedules a right answer later than a wrong one, both in the future, and counts answers", () => {
    const now = new Date("2026-03-01T10:00:00Z");
    const right = reviewCard(undefined, true, now);
    const wrong = reviewCard(undefined, false, now);
    expect(dueTime(right)).toBeGreaterThan(now.getTime());
    expect(dueTime(wrong)).toBeGreaterThan(now.getTime());
    expect(dueTime(right)).toBeGreaterThan(dueTime(wrong));
    expect(right).toMatchObject({ answered: 1, correct: 1 });
    expect(wrong).toMatchObject({ answered: 1, correct: 0 });
    let card = right;
    let at = now;
    for (let i = 0; i < 3 && !isLearned(card); i++) {
      at = new Date(dueTime(card));
      card = reviewCard(card, true, at);
    }
    expect(isLearned(card)).toBe(true);
    expect(dueTime(card) - at.getTime()).toBeGreaterThan(12 * 3600 * 1000);
  });

  it("stores the deck, and removes stored state it cannot read", () => {
    const storage = memoryStorage();
    expect(readStudyDeck(storage)).toEqual({ kind: "none" });
    const deck = { cards: { "name:masseter": reviewCard(undefined, true, new Date()) } };
    writeStudyDeck(storage, deck);
    expect(readStudyDeck(storage)).toEqual({ kind: "ok", deck });
    for (const bad of ["{not json", '{"cards":{"name:masseter":{"answered":1}}}', '{"cards":{"guess:x":{}}}', "[]"]) {
      storage.setItem(STUDY_KEY, bad);
      expect(readStudyDeck(storage).kind, bad).toBe("corrupt");
      expect(storage.getItem(STUDY_KEY)).toBeNull();
    }
  });
});

describe("the study and presentation slices", () => {
  it("answers a question once, schedules its card and moves on", () => {
    const store = createAppStore();
    store.getState().select({ kind: "region", id: "neck" });
    store.getState().openStudy();
    expect(store.getState()).toMatchObject({ studyOpen: true, selection: null });
    store.getState().startRound([
      { card: { muscleId: "masseter", kind: "name" }, choices: ["masseter", "temporalis"] },
      { card: { muscleId: "temporalis", kind: "refer" }, choices: [] },
    ]);
    const now = new Date("2026-03-01T10:00:00Z");
    store.getState().answerQuestion({ correct: true, choice: "masseter" }, now);
    store.getState().answerQuestion({ correct: false, choice: "temporalis" }, now);
    expect(store.getState().round?.answers).toEqual([{ correct: true, choice: "masseter" }]);
    const card = store.getState().deck.cards["name:masseter"];
    expect(card && dueTime(card)).toBeGreaterThan(now.getTime());
    store.getState().nextQuestion();
    expect(store.getState().round?.index).toBe(1);
    store.getState().nextQuestion();
    expect(store.getState().round?.index).toBe(1);
  });

  it("steps a presentation through its muscles, selecting each, and returns where it started", () => {
    const store = createAppStore();
    const region = { kind: "region", id: "neck" } as const;
    store.getState().select(region);
    store.getState().startPresentation(["a", "b", "c"], region);
    expect(store.getState().selection).toEqual({ kind: "muscle", id: "a" });
    store.getState().stepPresentation(-1);
    expect(store.getState().presentation?.index).toBe(0);
    store.getState().stepPresentation(1);
    store.getState().stepPresentation(1);
    store.getState().stepPresentation(1);
    expect(store.getState().selection).toEqual({ kind: "muscle", id: "c" });
    store.getState().endPresentation();
    expect(store.getState().presentation).toBeNull();
    expect(store.getState().selection).toBe(region);
  });
});
