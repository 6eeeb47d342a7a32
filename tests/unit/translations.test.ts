import { describe, expect, it } from "vitest";
import { readDatasetFiles } from "../../scripts/readDatasetFiles";
import { validateForBuild } from "../../scripts/vite/validateForBuild";
import { formatProblem } from "../../src/domain/datasetError";
import type { DataFile } from "../../src/domain/datasetTypes";
import { localizeDataset } from "../../src/domain/i18n/localizeDataset";
import type { TranslationFiles } from "../../src/domain/i18n/translationFiles";
import { validateAllTranslations } from "../../src/domain/i18n/validateAllTranslations";
import { validateTranslations } from "../../src/domain/i18n/validateTranslations";
import { loadDataset } from "../../src/domain/validateDataset";
import { tinyDatasetFiles } from "../fixtures/tinyDataset";

const dataset = loadDataset(tinyDatasetFiles());

/** A complete Spanish translation of the tiny dataset, which tests break one way at a time. */
function spanish(): TranslationFiles {
  const muscle = (name: string) => ({
    name,
    summary: "Un músculo de prueba.",
    referral: "Alrededor de la parte alta.",
    symptoms: ["Dolor."],
    selfCare: ["Descanso."],
  });
  return {
    lang: "es",
    folder: "data/i18n/es",
    muscles: { file: "data/i18n/es/muscles.json", json: { muscles: { alpha: muscle("Alfa"), beta: muscle("Beta") } } },
    regions: {
      file: "data/i18n/es/regions.json",
      json: {
        regions: {
          upper: { name: "Arriba", description: "Parte alta." },
          lower: { name: "Abajo", description: "Parte baja." },
        },
      },
    },
    conditions: {
      file: "data/i18n/es/conditions.json",
      json: { conditions: { ache: { name: "Molestia", summary: "Una molestia.", redFlags: ["Fiebre."] } } },
    },
    safety: {
      file: "data/i18n/es/safety.json",
      json: {
        session: { summary: "Una sesión.", steps: ["Evaluación."] },
        precautions: ["Agujas estériles."],
        tellYourProvider: ["Embarazo."],
        sideEffects: ["Dolor muscular."],
        versusAcupuncture: "Distinta.",
        evidence: "Alivio a corto plazo.",
        seeADoctorFirst: ["Fiebre."],
        disclaimer: "Posibles fuentes, no un diagnóstico.",
      },
    },
    landmarks: { file: "data/i18n/es/landmarks.json", json: { landmarks: { top: "Arriba", bottom: "Abajo" } } },
  };
}

/** The JSON of a translation file the test set up. */
function content<T>(file: DataFile | undefined): T {
  if (!file) throw new Error("the test's translation lacks this file");
  return file.json as T;
}

const lines = (problems: { file: string; path: string; message: string }[]) => problems.map(formatProblem);

describe("dataset translations", () => {
  it("accept a complete translation without a problem", () => {
    const report = validateTranslations(dataset, spanish());
    expect(report.errors).toEqual([]);
    expect(report.missing).toEqual([]);
  });

  it("report every missing key with its file and path, and show those texts in English, marked", () => {
    const files = spanish();
    const muscles = content<{ muscles: Record<string, Record<string, unknown>> }>(files.muscles).muscles;
    delete muscles.alpha?.summary;
    delete muscles.beta;
    const regions = content<{ regions: Record<string, Record<string, unknown>> }>(files.regions).regions;
    delete regions.lower?.description;
    delete files.landmarks;
    const report = validateTranslations(dataset, files);
    expect(report.errors).toEqual([]);
    expect(lines(report.missing)).toEqual([
      "data/i18n/es/regions.json: regions.lower.description: missing: shown in English",
      "data/i18n/es/muscles.json: muscles.alpha.summary: missing: shown in English",
      "data/i18n/es/muscles.json: muscles.beta: missing: shown in English",
      "data/i18n/es/landmarks.json: (root): file missing: all 2 surface landmarks are shown in English",
    ]);

    const { dataset: shown, untranslated } = localizeDataset(dataset, report.translation, "es");
    const alpha = shown.muscleById.get("alpha");
    expect(alpha?.name).toBe("Alfa");
    expect(alpha?.summary).toBe("A test muscle.");
    expect(untranslated.has("A test muscle.")).toBe(true);
    expect(untranslated.has("Alfa")).toBe(false);
    expect(shown.muscleById.get("beta")?.name).toBe("Muscle beta");
    expect(untranslated.has("Muscle beta")).toBe(true);
    expect(shown.regionById.get("lower")?.name).toBe("Abajo");
    expect(shown.regionById.get("lower")?.description).toBe("Lower part.");
    expect(untranslated.has("Lower part.")).toBe(true);
    expect(shown.landmarkById.get("top")?.name).toBe("Top");
    // Geometry, ids and practitioner detail are the English dataset's own.
    expect(alpha?.referral.zones).toBe(dataset.muscleById.get("alpha")?.referral.zones);
    expect(shown.safety.dangerZones).toBe(dataset.safety.dangerZones);
  });

  it("report every extra key (unknown id or field) and lists of another length, keeping the rest", () => {
    const files = spanish();
    const muscles = content<{ muscles: Record<string, Record<string, unknown>> }>(files.muscles).muscles;
    muscles.gamma = { name: "Gamma" };
    if (muscles.alpha) {
      muscles.alpha.symptoms = ["Dolor.", "Rigidez."];
      muscles.alpha.needling = "Recto.";
      muscles.alpha.groupPatternNote = "Compartido.";
    }
    const safety = files.safety?.json as Record<string, unknown>;
    safety.dangerZones = [];
    const conditions = content<{ conditions: Record<string, Record<string, unknown>> }>(files.conditions).conditions;
    if (conditions.ache) conditions.ache.redFlags = [""];
    const report = validateTranslations(dataset, files);
    expect(lines(report.errors)).toEqual([
      "data/i18n/es/muscles.json: muscles.alpha: has unknown field needling",
      'data/i18n/es/muscles.json: muscles.gamma: extra key: the dataset has no muscle "gamma"',
      "data/i18n/es/conditions.json: conditions.ache.redFlags[0]: must not be empty",
      "data/i18n/es/safety.json: (root): has unknown field dangerZones",
    ]);
    const kept = validateTranslations(dataset, { ...spanish(), muscles: files.muscles });
    expect(lines(kept.errors)).toEqual([
      "data/i18n/es/muscles.json: muscles.alpha: has unknown field needling",
      'data/i18n/es/muscles.json: muscles.gamma: extra key: the dataset has no muscle "gamma"',
    ]);
    if (muscles.alpha) delete muscles.alpha.needling;
    const lengths = validateTranslations(dataset, { ...spanish(), muscles: files.muscles });
    expect(lines(lengths.errors)).toEqual([
      "data/i18n/es/muscles.json: muscles.alpha.symptoms: has 2 items but the English has 1: shown in English until they match",
      "data/i18n/es/muscles.json: muscles.alpha.groupPatternNote: extra key: the English entry has no such text",
      'data/i18n/es/muscles.json: muscles.gamma: extra key: the dataset has no muscle "gamma"',
    ]);
    const alpha = localizeDataset(dataset, lengths.translation, "es").dataset.muscleById.get("alpha");
    expect(alpha?.symptoms).toEqual(["Pain."]);
    expect(alpha?.summary).toBe("Un músculo de prueba.");
  });

  it("stop the build on an extra key, naming the file and path", () => {
    const files = tinyDatasetFiles();
    const es = spanish();
    content<{ regions: Record<string, unknown> }>(es.regions).regions.middle = { name: "Medio" };
    const result = validateForBuild({ ...files, translations: [es] });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([
        'data/i18n/es/regions.json: regions.middle: extra key: the dataset has no region "middle"',
      ]);
    }
    const fine = validateForBuild({ ...files, translations: [spanish()] });
    expect(fine.ok && Object.keys(fine.translations)).toEqual(["es"]);
  });

  it("mark every text as English for a language whose translation is missing altogether", () => {
    const { dataset: shown, untranslated } = localizeDataset(dataset, undefined, "de");
    expect(shown).toBe(dataset);
    expect(untranslated.has("Muscle alpha")).toBe(true);
    expect(untranslated.has("Possible sources, not a diagnosis.")).toBe(true);
    expect(localizeDataset(dataset, undefined, "en").untranslated.size).toBe(0);
  });

  it("hold for the committed Spanish and German files: no extra key, and every text of the dataset translated", () => {
    const files = readDatasetFiles();
    const report = validateAllTranslations(loadDataset(files), files.translations ?? []);
    expect(Object.keys(report.translations).sort()).toEqual(["de", "es"]);
    expect(lines(report.errors)).toEqual([]);
    expect(report.missing).toEqual({ de: [], es: [] });
  });
});
