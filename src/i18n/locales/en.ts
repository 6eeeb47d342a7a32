/**
 * The interface's English text, the reference every other language mirrors key for key (the
 * `Messages` type makes a missing key a type error). Counts use i18next's `_one` / `_other` plural
 * keys (chosen through `Intl.PluralRules`); `{{value, number}}` formats through `Intl.NumberFormat`.
 */
import { enTools } from "./enTools";

export const en = {
  app: {
    title: "Trigger Point Explorer",
    viewer: "3D body model",
    language: "Language",
  },
  english: {
    tag: "English",
    tagTitle: "Not translated yet: shown in English",
    practitionerNote: "Practitioner detail is given in English.",
  },
  audience: {
    legend: "Show for",
    patient: "Patients",
    practitioner: "Practitioners",
    student: "Students",
    hint: {
      patient: "Plain words, self-care and when to see a doctor first",
      practitioner: "Anatomy, needling and danger zones",
      student: "Anatomy and study tools",
    },
  },
  side: { left: "left", right: "right" },
  zone: { essential: "essential", spillover: "spillover" },
  kind: {
    muscle: "Muscle",
    region: "Region",
    condition: "Condition",
    place: "Place",
    topic: "Dry needling",
    safety: "Safety",
  },
  start: {
    heading: "Where does it hurt?",
    paint: "Paint where it hurts",
    lead: {
      patient: {
        touch:
          "Tap where it hurts on the body, or pick a region, a muscle or a condition. You will see the muscles that commonly refer pain there, their trigger points and the pattern of pain they cause.",
        mouse:
          "Click where it hurts on the body, or pick a region, a muscle or a condition. You will see the muscles that commonly refer pain there, their trigger points and the pattern of pain they cause.",
      },
      practitioner: {
        touch:
          "Tap a region or pick a muscle or condition for its anatomy, needling approach, structures at risk and danger zones. Each muscle prints as a one-page handout with its pattern for your patient.",
        mouse:
          "Click a region or pick a muscle or condition for its anatomy, needling approach, structures at risk and danger zones. Each muscle prints as a one-page handout with its pattern for your patient.",
      },
      student: {
        touch:
          "Tap a region or pick a muscle to learn where its trigger points lie, where they refer pain, and its anatomy. Quizzes, your progress and side-by-side comparisons are below; each muscle has a study section near the top of its page.",
        mouse:
          "Click a region or pick a muscle to learn where its trigger points lie, where they refer pain, and its anatomy. Quizzes, your progress and side-by-side comparisons are below; each muscle has a study section near the top of its page.",
      },
    },
    regionsNav: "Body regions",
    regions: "Regions",
    conditions: "Conditions",
    allMuscles_one: "All {{count, number}} muscle, A to Z",
    allMuscles_other: "All {{count, number}} muscles, A to Z",
    startingWith: "Muscles starting with {{letter}}",
  },
  panel: {
    backToDrawing: "← Back to your pain drawing",
    backToStart: "← All regions and conditions",
    loadingPainTools: "Loading the pain drawing tools…",
    print: "Print this page for the patient",
    dismiss: "Dismiss message",
    aboutDryNeedling: "About dry needling",
  },
  search: {
    label: "Search",
    placeholder: "Search muscles, places, conditions, symptoms  ( / )",
    failed: "Search could not load: reload the app to use it",
    results: "Search results",
  },
  region: {
    referrers: "Muscles that refer pain here",
    located: "Muscles in this region",
  },
  condition: {
    muscles: "Muscles commonly involved",
  },
  common: {
    seeADoctorFirst: "See a doctor first if",
    selfCare: "Self-care",
    relatedConditions: "Related conditions",
    showFewer: "Show fewer",
    showAllSigns_one: "Show the {{count, number}} sign",
    showAllSigns_other: "Show all {{count, number}} signs",
    possibleSourcesBefore: "These muscles are ",
    possibleSourcesStrong: "possible sources",
    possibleSourcesAfter:
      " of pain in this area, not a diagnosis. Pain can have other causes: if something worries you, see a doctor or a licensed practitioner.",
  },
  muscle: {
    alsoCalled: "Also called {{names}}",
    pattern: {
      patient: "Where you may feel it",
      practitioner: "Where it refers pain",
      student: "Where it refers pain",
    },
    essentialZone: "essential zone",
    spilloverZone: "spillover zone",
    triggerPoint: "trigger point",
    triggerPoints: {
      patient: "Tender spots (trigger points)",
      practitioner: "Trigger points",
      student: "Trigger points",
    },
    selfCare: { patient: "What you can do yourself", practitioner: "Self-care to advise", student: "Self-care" },
    showTriggerPoint: "Show trigger point {{number}} on the body",
    symptoms: { patient: "What people notice", practitioner: "Symptoms", student: "Symptoms" },
    sharedPattern: "Shared pattern",
    sharedWith: "with {{others}}:",
  },
  clinical: {
    summary: "For practitioners: anatomy and needling",
    origin: "Origin",
    insertion: "Insertion",
    action: "Action",
    innervation: "Innervation",
    position: "Patient position",
    approach: "Approach",
    structuresAtRisk: "Structures at risk",
    depth: "(as little as {{depth, number}} mm deep in a slim adult)",
    cautions: "Cautions",
    perpetuating: "Perpetuating factors",
    differentials: "Differential diagnosis",
    associated: "Associated muscles",
    sources: "Sources",
    volume: ", vol. {{volume}}",
    edition: ", {{edition}} ed. ({{year}})",
    chapter: ", chapter {{chapter}}",
    forPractitioners: "For practitioners",
  },
  safety: {
    summary: "About dry needling: what a session is like",
    steps: "During a session",
    precautions: "Precautions",
    tellYourProvider: "Tell your practitioner about",
    sideEffects: "Common side effects",
    versusAcupuncture: "Dry needling and acupuncture",
    evidence: "How strong is the evidence?",
  },
  topics: {
    session: "What a dry-needling session is like",
    acupuncture: "Dry needling and acupuncture",
    precautions: "Precautions",
    "tell-your-practitioner": "Tell your practitioner about",
    "side-effects": "Common side effects",
    "see-a-doctor": "See a doctor first if",
    "danger-zones": "Needling danger zones",
  },
  topicKeywords: {
    session: "dry needling, treatment, appointment, needle",
    acupuncture: "acupuncture, difference",
    precautions: "dry needling safety, risks, sterile needles",
    "tell-your-practitioner": "pregnancy, blood thinners, medical history",
    "side-effects": "soreness, bruising, after dry needling",
    "see-a-doctor": "red flags, warning signs, emergency",
    "danger-zones": "structures at risk, pneumothorax, safety for practitioners",
  },
  pain: {
    leadTouch:
      "Drag a finger over the body to paint where it hurts, on one side or both. Pinch to zoom, drag two fingers to move the view, and turn the body with the view buttons.",
    leadMouse:
      "Press and drag on the body to paint where it hurts, on one side or both. Turn the body by dragging with the right mouse button, move it with the middle button (or Shift and the right button), and zoom with the wheel toward the pointer.",
    results: "Muscles that most often refer pain there",
    nothingYet: "Nothing painted yet.",
    howRanked_one:
      "Your drawing has {{count, number}} spot. A muscle ranks higher the more of them fall in its main pain zone (where nearly everyone with that trigger point feels it); its wider zone counts less than half as much.",
    howRanked_other:
      "Your drawing has {{count, number}} spots. A muscle ranks higher the more of them fall in its main pain zone (where nearly everyone with that trigger point feels it); its wider zone counts less than half as much.",
    sourcesList: "Possible sources, best match first",
    noMatch: "No muscle in the dataset refers pain to exactly that area.",
    mainOnly_one: "main zone covers {{main, number}} of your {{count, number}} spot",
    mainOnly_other: "main zone covers {{main, number}} of your {{count, number}} spots",
    widerOnly_one: "wider zone covers {{wider, number}} of your {{count, number}} spot",
    widerOnly_other: "wider zone covers {{wider, number}} of your {{count, number}} spots",
    mainAndWider_one:
      "main zone covers {{main, number}} of your {{count, number}} spot, wider zone {{wider, number}} more",
    mainAndWider_other:
      "main zone covers {{main, number}} of your {{count, number}} spots, wider zone {{wider, number}} more",
    tools: "Pain drawing tools",
    startPainting: "Start painting",
    paintMore: "Paint more",
    brushSize: "Brush size",
    brushAcross: "{{size, number}} centimetres across",
    brushCm: "{{size, number}} cm",
    clear: "Clear",
    linkCopied: "Link copied",
    copyLink: "Copy link for your practitioner",
    linkField: "Link to this drawing",
    painting: "Painting",
    paint: "Paint",
    erase: "Erase",
    done: "Done",
  },
  view: {
    legend: "View",
    front: "Front",
    back: "Back",
    left: "Left",
    right: "Right",
    wholeBody: "Whole body",
    show: "Show",
    showPattern: "Show the pattern",
    showMuscle: "Show the muscle",
    layers: "Layers",
    skin: "Skin",
    superficial: "Superficial",
    intermediate: "Intermediate",
    deep: "Deep",
    bones: "Bones",
    xray: "X-ray",
    isolate: "Isolate",
    sides: "Sides shown",
    bothSides: "Both sides",
    leftOnly: "Left only",
    rightOnly: "Right only",
    close: "Close",
  },
  viewer: {
    noWebGL:
      "The 3D view is unavailable: this browser has no WebGL. Every region, muscle and condition is still reachable from the lists and search in the panel.",
    contextLost:
      "The 3D view lost its graphics context (the browser or the graphics driver reset it) and is restoring it…",
    panelStillWorks: "The lists and search in the panel still work.",
    retry: "Retry",
    loading: "Loading the body model…",
    percent: "{{percent, number}} %",
    megabytes: "{{size, number(maximumFractionDigits: 1)}} MB",
    crashed: "The 3D view stopped working ({{message}}). The lists and search in the panel still work.",
    restart: "Restart the 3D view",
    marker: "Trigger point {{number}}: {{name}}",
    downloadFailed: "The body model could not be downloaded: the connection failed. Check it and try again.",
    serverAnswered: "The body model could not be downloaded: the server answered {{status}}.",
    damaged: "The body model file is damaged and cannot be shown ({{message}}).",
  },
  embed: {
    book: "Book an appointment",
    bookText: "Book an appointment: {{text}}",
    fullApp: "Open the full explorer",
    newTab: " (opens in a new tab)",
  },
  errors: {
    download: "Part of the app could not be downloaded. Check your connection, then go back to the start or reload.",
    bug: "Something in the app went wrong ({{message}}). Going back to the start usually helps; your links still work.",
    backToStart: "Back to the start",
    reload: "Reload the app",
    panelHeading: "This part of the panel stopped working",
    appHeading: "The explorer stopped working",
    dataHeading: "The anatomy data could not be loaded",
    dataProblems_one: "The app found {{count, number}} problem in its dataset. A developer can fix it in data/:",
    dataProblems_other: "The app found {{count, number}} problems in its dataset. A developer can fix them in data/:",
  },
  update: { ready: "A new version of the app is ready.", reload: "Reload" },
  link: {
    muscle: 'The link names a muscle "{{id}}" that this app does not know, so it opens the start view.',
    region: 'The link names a region "{{id}}" that this app does not know, so it opens the start view.',
    condition: 'The link names a condition "{{id}}" that this app does not know, so it opens the start view.',
    topic: 'The link names a topic "{{id}}" that this app does not know, so it opens the start view.',
    layers: "Unknown layer(s) in the link were ignored: {{names}}.",
    view: 'Unknown view "{{value}}" in the link: showing the front.',
    sides: 'Unknown sides "{{value}}" in the link: showing both sides.',
    audience: 'Unknown audience "{{value}}" in the link: showing the patient view.',
    language: 'Unknown language "{{value}}" in the link: showing {{language}}.',
    pain: "The pain drawing in the link could not be read, so it was left out.",
    studyReset: "Your saved study progress on this device could not be read, so it was reset: quizzes start afresh.",
    preferencesReset: "Your saved settings on this device could not be read, so they were reset to the defaults.",
  },
  ...enTools,
};

/** Every key of `T` with a string in place of each text, nested objects kept. */
type Shape<T> = { [Key in keyof T]: T[Key] extends string ? string : Shape<T[Key]> };

/** The shape of every language's interface text: the English keys, each a string. */
export type Messages = Shape<typeof en>;

/** The shape of the audience tools' text (see `enTools`). */
export type ToolsMessages = Shape<typeof enTools>;
