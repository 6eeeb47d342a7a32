import { deTools } from "./deTools";
import type { Messages } from "./en";

/** The interface in German ("Sie"). */
export const de: Messages = {
  app: {
    title: "Trigger Point Explorer",
    viewer: "3D-Körpermodell",
    language: "Sprache",
  },
  english: {
    tag: "auf Englisch",
    tagTitle: "Noch nicht übersetzt: wird auf Englisch angezeigt",
    practitionerNote: "Die Angaben für Fachleute stehen auf Englisch.",
  },
  audience: {
    legend: "Ansicht für",
    patient: "Patienten",
    practitioner: "Fachleute",
    student: "Studierende",
    hint: {
      patient: "Einfache Worte, Selbsthilfe und wann Sie zuerst zum Arzt sollten",
      practitioner: "Anatomie, Nadelung und Gefahrenzonen",
      student: "Anatomie und Lernwerkzeuge",
    },
  },
  side: { left: "links", right: "rechts" },
  zone: { essential: "Hauptzone", spillover: "Nebenzone" },
  kind: {
    muscle: "Muskel",
    region: "Region",
    condition: "Beschwerde",
    place: "Stelle",
    topic: "Dry Needling",
    safety: "Sicherheit",
  },
  start: {
    heading: "Wo tut es weh?",
    paint: "Malen Sie, wo es wehtut",
    lead: {
      patient: {
        touch:
          "Tippen Sie auf die Stelle am Körper, die wehtut, oder wählen Sie eine Region, einen Muskel oder eine Beschwerde. Sie sehen dann die Muskeln, die häufig Schmerzen dorthin ausstrahlen, ihre Triggerpunkte und das Schmerzmuster, das sie auslösen.",
        mouse:
          "Klicken Sie auf die Stelle am Körper, die wehtut, oder wählen Sie eine Region, einen Muskel oder eine Beschwerde. Sie sehen dann die Muskeln, die häufig Schmerzen dorthin ausstrahlen, ihre Triggerpunkte und das Schmerzmuster, das sie auslösen.",
      },
      practitioner: {
        touch:
          "Tippen Sie auf eine Region oder wählen Sie einen Muskel oder eine Beschwerde für Anatomie, Zugang beim Nadeln, gefährdete Strukturen und Gefahrenzonen. Jeder Muskel lässt sich als einseitiges Merkblatt mit seinem Muster für Ihre Patienten drucken.",
        mouse:
          "Klicken Sie auf eine Region oder wählen Sie einen Muskel oder eine Beschwerde für Anatomie, Zugang beim Nadeln, gefährdete Strukturen und Gefahrenzonen. Jeder Muskel lässt sich als einseitiges Merkblatt mit seinem Muster für Ihre Patienten drucken.",
      },
      student: {
        touch:
          "Tippen Sie auf eine Region oder wählen Sie einen Muskel, um zu lernen, wo seine Triggerpunkte liegen, wohin sie ausstrahlen und wie er aufgebaut ist. Quiz, Ihr Fortschritt und Vergleiche finden Sie unten; jeder Muskel hat oben auf seiner Seite einen Lernbereich.",
        mouse:
          "Klicken Sie auf eine Region oder wählen Sie einen Muskel, um zu lernen, wo seine Triggerpunkte liegen, wohin sie ausstrahlen und wie er aufgebaut ist. Quiz, Ihr Fortschritt und Vergleiche finden Sie unten; jeder Muskel hat oben auf seiner Seite einen Lernbereich.",
      },
    },
    regionsNav: "Körperregionen",
    regions: "Regionen",
    conditions: "Beschwerden",
    allMuscles_one: "{{count, number}} Muskel von A bis Z",
    allMuscles_other: "Alle {{count, number}} Muskeln von A bis Z",
    startingWith: "Muskeln mit {{letter}}",
  },
  panel: {
    backToDrawing: "← Zurück zu Ihrer Schmerzzeichnung",
    backToStart: "← Alle Regionen und Beschwerden",
    loadingPainTools: "Die Werkzeuge zum Einzeichnen werden geladen…",
    print: "Diese Seite für den Patienten drucken",
    dismiss: "Meldung schließen",
    aboutDryNeedling: "Über Dry Needling",
  },
  search: {
    label: "Suche",
    placeholder: "Muskeln, Stellen, Beschwerden, Symptome suchen  ( / )",
    failed: "Die Suche konnte nicht geladen werden: Laden Sie die App neu, um sie zu nutzen",
    results: "Suchergebnisse",
  },
  region: {
    referrers: "Muskeln, die Schmerzen hierher ausstrahlen",
    located: "Muskeln in dieser Region",
  },
  condition: {
    muscles: "Häufig beteiligte Muskeln",
  },
  common: {
    seeADoctorFirst: "Gehen Sie zuerst zum Arzt, wenn",
    selfCare: "Selbsthilfe",
    relatedConditions: "Verwandte Beschwerden",
    showFewer: "Weniger anzeigen",
    showAllSigns_one: "Das {{count, number}} Warnzeichen anzeigen",
    showAllSigns_other: "Alle {{count, number}} Warnzeichen anzeigen",
    possibleSourcesBefore: "Diese Muskeln sind ",
    possibleSourcesStrong: "mögliche Ursachen",
    possibleSourcesAfter:
      " für Schmerzen in diesem Bereich, keine Diagnose. Schmerzen können andere Ursachen haben: Wenn Sie etwas beunruhigt, gehen Sie zu einer Ärztin, einem Arzt oder einer zugelassenen Fachperson.",
  },
  muscle: {
    alsoCalled: "Auch {{names}} genannt",
    pattern: {
      patient: "Wo Sie es spüren können",
      practitioner: "Wohin der Schmerz ausstrahlt",
      student: "Wohin der Schmerz ausstrahlt",
    },
    essentialZone: "Hauptzone",
    spilloverZone: "Nebenzone",
    triggerPoint: "Triggerpunkt",
    triggerPoints: {
      patient: "Empfindliche Stellen (Triggerpunkte)",
      practitioner: "Triggerpunkte",
      student: "Triggerpunkte",
    },
    selfCare: {
      patient: "Was Sie selbst tun können",
      practitioner: "Selbsthilfe zum Empfehlen",
      student: "Selbsthilfe",
    },
    showTriggerPoint: "Triggerpunkt {{number}} am Körper zeigen",
    symptoms: { patient: "Was Betroffene bemerken", practitioner: "Symptome", student: "Symptome" },
    sharedPattern: "Gemeinsames Muster",
    sharedWith: "mit {{others}}:",
  },
  clinical: {
    summary: "Für Fachleute: Anatomie und Nadelung",
    origin: "Ursprung",
    insertion: "Ansatz",
    action: "Funktion",
    innervation: "Innervation",
    position: "Lagerung des Patienten",
    approach: "Zugang",
    structuresAtRisk: "Gefährdete Strukturen",
    depth: "(bei schlanken Erwachsenen schon in {{depth, number}} mm Tiefe)",
    cautions: "Vorsichtsmaßnahmen",
    perpetuating: "Unterhaltende Faktoren",
    differentials: "Differenzialdiagnose",
    associated: "Verbundene Muskeln",
    sources: "Quellen",
    volume: ", Bd. {{volume}}",
    edition: ", {{edition}} Aufl. ({{year}})",
    chapter: ", Kapitel {{chapter}}",
    forPractitioners: "Für Fachleute",
  },
  safety: {
    summary: "Über Dry Needling: So läuft eine Behandlung ab",
    steps: "Während der Behandlung",
    precautions: "Vorsichtsmaßnahmen",
    tellYourProvider: "Das sollte Ihre Therapeutin oder Ihr Therapeut wissen",
    sideEffects: "Häufige Nebenwirkungen",
    versusAcupuncture: "Dry Needling und Akupunktur",
    evidence: "Wie gut ist die Wirkung belegt?",
  },
  topics: {
    session: "So läuft eine Dry-Needling-Behandlung ab",
    acupuncture: "Dry Needling und Akupunktur",
    precautions: "Vorsichtsmaßnahmen",
    "tell-your-practitioner": "Das sollte Ihre Therapeutin oder Ihr Therapeut wissen",
    "side-effects": "Häufige Nebenwirkungen",
    "see-a-doctor": "Gehen Sie zuerst zum Arzt, wenn",
    "danger-zones": "Gefahrenzonen beim Nadeln",
  },
  topicKeywords: {
    session: "Dry Needling, Behandlung, Termin, Nadel",
    acupuncture: "Akupunktur, Unterschied",
    precautions: "Sicherheit beim Dry Needling, Risiken, sterile Nadeln",
    "tell-your-practitioner": "Schwangerschaft, Blutverdünner, Vorerkrankungen",
    "side-effects": "Muskelkater, blaue Flecken, nach dem Dry Needling",
    "see-a-doctor": "Warnzeichen, Alarmzeichen, Notfall",
    "danger-zones": "gefährdete Strukturen, Pneumothorax, Sicherheit für Fachleute",
  },
  pain: {
    leadTouch:
      "Fahren Sie mit einem Finger über den Körper, um einzuzeichnen, wo es wehtut, auf einer Seite oder auf beiden. Mit zwei Fingern zoomen und verschieben Sie die Ansicht; drehen Sie den Körper mit den Ansichtstasten.",
    leadMouse:
      "Drücken und ziehen Sie auf dem Körper, um einzuzeichnen, wo es wehtut, auf einer Seite oder auf beiden. Drehen Sie den Körper durch Ziehen mit der rechten Maustaste, verschieben Sie ihn mit der mittleren Taste (oder Umschalt und rechter Taste) und zoomen Sie mit dem Mausrad zum Zeiger hin.",
    results: "Muskeln, die am häufigsten Schmerzen dorthin ausstrahlen",
    nothingYet: "Noch nichts eingezeichnet.",
    howRanked_one:
      "Ihre Zeichnung hat {{count, number}} Punkt. Ein Muskel steht umso weiter oben, je mehr Punkte in seiner Hauptschmerzzone liegen (wo fast alle mit diesem Triggerpunkt den Schmerz spüren); seine weitere Zone zählt weniger als halb so viel.",
    howRanked_other:
      "Ihre Zeichnung hat {{count, number}} Punkte. Ein Muskel steht umso weiter oben, je mehr Punkte in seiner Hauptschmerzzone liegen (wo fast alle mit diesem Triggerpunkt den Schmerz spüren); seine weitere Zone zählt weniger als halb so viel.",
    sourcesList: "Mögliche Ursachen, die passendste zuerst",
    noMatch: "Kein Muskel in den Daten strahlt Schmerzen genau in diesen Bereich aus.",
    mainOnly_one: "Hauptzone deckt {{main, number}} von Ihrem {{count, number}} Punkt ab",
    mainOnly_other: "Hauptzone deckt {{main, number}} Ihrer {{count, number}} Punkte ab",
    widerOnly_one: "weitere Zone deckt {{wider, number}} von Ihrem {{count, number}} Punkt ab",
    widerOnly_other: "weitere Zone deckt {{wider, number}} Ihrer {{count, number}} Punkte ab",
    mainAndWider_one:
      "Hauptzone deckt {{main, number}} von Ihrem {{count, number}} Punkt ab, weitere Zone {{wider, number}} mehr",
    mainAndWider_other:
      "Hauptzone deckt {{main, number}} Ihrer {{count, number}} Punkte ab, weitere Zone {{wider, number}} mehr",
    tools: "Werkzeuge zum Einzeichnen",
    startPainting: "Einzeichnen beginnen",
    paintMore: "Weiter einzeichnen",
    brushSize: "Pinselgröße",
    brushAcross: "{{size, number}} Zentimeter breit",
    brushCm: "{{size, number}} cm",
    clear: "Alles löschen",
    linkCopied: "Link kopiert",
    copyLink: "Link für Ihre Therapeutin oder Ihren Therapeuten kopieren",
    linkField: "Link zu dieser Zeichnung",
    painting: "Einzeichnen",
    paint: "Malen",
    erase: "Radieren",
    done: "Fertig",
  },
  view: {
    legend: "Ansicht",
    front: "Vorne",
    back: "Hinten",
    left: "Links",
    right: "Rechts",
    wholeBody: "Ganzer Körper",
    show: "Zeigen",
    showPattern: "Muster zeigen",
    showMuscle: "Muskel zeigen",
    layers: "Schichten",
    skin: "Haut",
    superficial: "Oberflächlich",
    intermediate: "Mittlere",
    deep: "Tief",
    bones: "Knochen",
    xray: "Röntgenblick",
    isolate: "Einzeln zeigen",
    sides: "Gezeigte Seiten",
    bothSides: "Beide Seiten",
    leftOnly: "Nur links",
    rightOnly: "Nur rechts",
    close: "Schließen",
  },
  viewer: {
    noWebGL:
      "Die 3D-Ansicht ist nicht verfügbar: Dieser Browser hat kein WebGL. Alle Regionen, Muskeln und Beschwerden erreichen Sie weiterhin über die Listen und die Suche im Seitenbereich.",
    contextLost:
      "Die 3D-Ansicht hat ihren Grafikkontext verloren (Browser oder Grafiktreiber haben ihn zurückgesetzt) und stellt ihn wieder her…",
    panelStillWorks: "Die Listen und die Suche im Seitenbereich funktionieren weiter.",
    retry: "Erneut versuchen",
    loading: "Das Körpermodell wird geladen…",
    percent: "{{percent, number}} %",
    megabytes: "{{size, number(maximumFractionDigits: 1)}} MB",
    crashed:
      "Die 3D-Ansicht funktioniert nicht mehr ({{message}}). Die Listen und die Suche im Seitenbereich funktionieren weiter.",
    restart: "3D-Ansicht neu starten",
    marker: "Triggerpunkt {{number}}: {{name}}",
    downloadFailed:
      "Das Körpermodell konnte nicht heruntergeladen werden: Die Verbindung ist fehlgeschlagen. Prüfen Sie sie und versuchen Sie es erneut.",
    serverAnswered: "Das Körpermodell konnte nicht heruntergeladen werden: Der Server antwortete mit {{status}}.",
    damaged: "Die Datei des Körpermodells ist beschädigt und kann nicht angezeigt werden ({{message}}).",
  },
  embed: {
    book: "Termin buchen",
    bookText: "Termin buchen: {{text}}",
    fullApp: "Den vollständigen Explorer öffnen",
    newTab: " (öffnet in einem neuen Tab)",
  },
  errors: {
    download:
      "Ein Teil der App konnte nicht heruntergeladen werden. Prüfen Sie Ihre Verbindung, gehen Sie dann zurück zum Anfang oder laden Sie neu.",
    bug: "In der App ist etwas schiefgegangen ({{message}}). Zurück zum Anfang hilft meistens; Ihre Links funktionieren weiter.",
    backToStart: "Zurück zum Anfang",
    reload: "App neu laden",
    panelHeading: "Dieser Teil des Seitenbereichs funktioniert nicht mehr",
    appHeading: "Der Explorer funktioniert nicht mehr",
    dataHeading: "Die Anatomiedaten konnten nicht geladen werden",
    dataProblems_one:
      "Die App hat {{count, number}} Problem in ihren Daten gefunden. Eine Entwicklerin oder ein Entwickler kann es in data/ beheben:",
    dataProblems_other:
      "Die App hat {{count, number}} Probleme in ihren Daten gefunden. Eine Entwicklerin oder ein Entwickler kann sie in data/ beheben:",
  },
  update: { ready: "Eine neue Version der App ist bereit.", reload: "Neu laden" },
  link: {
    muscle: "Der Link nennt einen Muskel „{{id}}“, den diese App nicht kennt; deshalb öffnet sich die Startansicht.",
    region: "Der Link nennt eine Region „{{id}}“, die diese App nicht kennt; deshalb öffnet sich die Startansicht.",
    condition:
      "Der Link nennt eine Beschwerde „{{id}}“, die diese App nicht kennt; deshalb öffnet sich die Startansicht.",
    topic: "Der Link nennt ein Thema „{{id}}“, das diese App nicht kennt; deshalb öffnet sich die Startansicht.",
    layers: "Unbekannte Schichten im Link wurden ignoriert: {{names}}.",
    view: "Unbekannte Ansicht „{{value}}“ im Link: Die Vorderansicht wird gezeigt.",
    sides: "Unbekannte Seiten „{{value}}“ im Link: Beide Seiten werden gezeigt.",
    audience: "Unbekannte Zielgruppe „{{value}}“ im Link: Die Ansicht für Patienten wird gezeigt.",
    language: "Unbekannte Sprache „{{value}}“ im Link: Die App wird auf {{language}} gezeigt.",
    pain: "Die Schmerzzeichnung im Link konnte nicht gelesen werden und wurde weggelassen.",
    studyReset:
      "Ihr auf diesem Gerät gespeicherter Lernfortschritt konnte nicht gelesen werden und wurde zurückgesetzt: Das Quiz beginnt von vorn.",
    preferencesReset:
      "Ihre auf diesem Gerät gespeicherten Einstellungen konnten nicht gelesen werden und wurden zurückgesetzt.",
  },
  ...deTools,
};
