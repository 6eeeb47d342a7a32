import type { Safety } from "../schema/safetySchema";

/** One section of the dry-needling safety information, findable by search and linkable as `?topic=<id>`. */
export interface SafetyTopic {
  /** Kebab-case id, e.g. `session`. */
  id: string;
  /** Heading. */
  title: string;
  /** Other words people search for it by. */
  keywords: string[];
  /** Its paragraphs or list items. */
  text: string[];
  /** True for practitioner detail (danger zones). */
  practitioner: boolean;
}

/** The safety file as topics, in reading order: one source for the safety page and for search. */
export function safetyTopics(safety: Safety): SafetyTopic[] {
  return [
    {
      id: "session",
      title: "What a dry-needling session is like",
      keywords: ["dry needling", "treatment", "appointment", "needle"],
      text: [safety.session.summary, ...safety.session.steps],
      practitioner: false,
    },
    {
      id: "acupuncture",
      title: "Dry needling and acupuncture",
      keywords: ["acupuncture", "difference"],
      text: [safety.versusAcupuncture],
      practitioner: false,
    },
    {
      id: "precautions",
      title: "Precautions",
      keywords: ["dry needling safety", "risks", "sterile needles"],
      text: safety.precautions,
      practitioner: false,
    },
    {
      id: "tell-your-practitioner",
      title: "Tell your practitioner about",
      keywords: ["pregnancy", "blood thinners", "medical history"],
      text: safety.tellYourProvider,
      practitioner: false,
    },
    {
      id: "side-effects",
      title: "Common side effects",
      keywords: ["soreness", "bruising", "after dry needling"],
      text: safety.sideEffects,
      practitioner: false,
    },
    {
      id: "see-a-doctor",
      title: "See a doctor first if",
      keywords: ["red flags", "warning signs", "emergency"],
      text: safety.seeADoctorFirst,
      practitioner: false,
    },
    {
      id: "danger-zones",
      title: "Needling danger zones",
      keywords: ["structures at risk", "pneumothorax", "safety for practitioners"],
      text: safety.dangerZones.map((zone) => `${zone.name}: ${zone.guidance}`),
      practitioner: true,
    },
  ];
}
