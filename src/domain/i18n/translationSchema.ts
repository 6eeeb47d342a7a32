import { z } from "zod";
import { textSchema } from "../schema/primitives";

/**
 * Every field of a translated entry is optional: a missing field is not an error but a gap, shown
 * in English and reported by `validateTranslations`. Unknown fields are errors (strict objects).
 */
const texts = z.array(textSchema);

/** A muscle's patient-facing text in another language (`data/i18n/<lang>/muscles.json`). */
export const muscleTranslationSchema = z.strictObject({
  /** The usual name in that language. */
  name: textSchema.optional(),
  /** Names people in that language search for (any length). */
  aliases: texts.optional(),
  /** The plain paragraph for patients. */
  summary: textSchema.optional(),
  /** `referral.description`. */
  referral: textSchema.optional(),
  /** As many items as the English `symptoms`. */
  symptoms: texts.optional(),
  /** As many items as the English `selfCare`. */
  selfCare: texts.optional(),
  /** `referral.groupPattern.note`, only for muscles that have one. */
  groupPatternNote: textSchema.optional(),
});

/** A region's name and description in another language. */
export const regionTranslationSchema = z.strictObject({
  /** Display name. */
  name: textSchema.optional(),
  /** One or two plain sentences. */
  description: textSchema.optional(),
});

/** A condition's patient-facing text in another language. */
export const conditionTranslationSchema = z.strictObject({
  /** Display name. */
  name: textSchema.optional(),
  /** Names people in that language search for (any length). */
  aliases: texts.optional(),
  /** The plain description. */
  summary: textSchema.optional(),
  /** As many items as the English `redFlags`. */
  redFlags: texts.optional(),
  /** As many items as the English `selfCare`. */
  selfCare: texts.optional(),
});

/** The patient safety text in another language (danger zones are practitioner detail and stay English). */
export const safetyTranslationSchema = z.strictObject({
  /** What a session is like. */
  session: z
    .strictObject({
      /** One plain paragraph. */
      summary: textSchema.optional(),
      /** As many steps as the English. */
      steps: texts.optional(),
    })
    .optional(),
  /** As many items as the English. */
  precautions: texts.optional(),
  /** As many items as the English. */
  tellYourProvider: texts.optional(),
  /** As many items as the English. */
  sideEffects: texts.optional(),
  /** One paragraph. */
  versusAcupuncture: textSchema.optional(),
  /** As many items as the English. */
  seeADoctorFirst: texts.optional(),
  /** One paragraph. */
  evidence: textSchema.optional(),
  /** One paragraph. */
  disclaimer: textSchema.optional(),
});

/** `muscles.json` of a language folder. */
export const musclesTranslationFileSchema = z.strictObject({
  muscles: z.record(z.string(), muscleTranslationSchema),
});
/** `regions.json` of a language folder. */
export const regionsTranslationFileSchema = z.strictObject({
  regions: z.record(z.string(), regionTranslationSchema),
});
/** `conditions.json` of a language folder. */
export const conditionsTranslationFileSchema = z.strictObject({
  conditions: z.record(z.string(), conditionTranslationSchema),
});
/** `landmarks.json` of a language folder: plain names of surface landmarks. */
export const landmarksTranslationFileSchema = z.strictObject({
  landmarks: z.record(z.string(), textSchema),
});

/** A muscle's translation. */
export type MuscleTranslation = z.infer<typeof muscleTranslationSchema>;
/** A region's translation. */
export type RegionTranslation = z.infer<typeof regionTranslationSchema>;
/** A condition's translation. */
export type ConditionTranslation = z.infer<typeof conditionTranslationSchema>;
/** The safety text's translation. */
export type SafetyTranslation = z.infer<typeof safetyTranslationSchema>;

/** The valid part of one language's translation files, keyed by dataset ids. */
export interface Translation {
  /** BCP-47 primary tag, e.g. `es`. */
  lang: string;
  /** Muscle translations by muscle id. */
  muscles: Record<string, MuscleTranslation>;
  /** Region translations by region id. */
  regions: Record<string, RegionTranslation>;
  /** Condition translations by condition id. */
  conditions: Record<string, ConditionTranslation>;
  /** Surface landmark names by landmark id. */
  landmarks: Record<string, string>;
  /** The safety text. */
  safety: SafetyTranslation;
}
