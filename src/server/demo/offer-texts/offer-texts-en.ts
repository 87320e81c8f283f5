import type { TCourseTexts, TOfferText } from "./offer-text-types.js";

/** English texts of the offer templates, by the German title they translate. */
export const englishTemplateTexts: Readonly<Record<string, TOfferText>> = {
  "Migrationsberatung für Erwachsene (MBE)": {
    title: "Migration counselling for adults (MBE)",
    description:
      "Advice on residence, language, work, housing and family for immigrants aged 27 and over. Appointments by arrangement, with an interpreter if you wish.",
  },
  "Offene Sprechstunde für Neuzugewanderte": {
    title: "Drop-in advice for newcomers",
    description:
      "No appointment needed: help with letters from authorities, applications and first steps in the district.",
  },
  Asylverfahrensberatung: {
    title: "Asylum procedure counselling",
    description: "Independent advice on the asylum procedure, on preparing for the interview and on the decision.",
  },
  Familienberatung: {
    title: "Family counselling",
    description:
      "Advice for families on nursery and school, child benefit, parental allowance and bringing up children.",
  },
  "Beratung für Geflüchtete aus der Ukraine": {
    title: "Counselling for refugees from Ukraine",
    description:
      "Questions about residence under section 24 of the Residence Act, benefits, housing and language courses.",
  },
  "Beratung für junge Menschen von 12 bis 27 Jahren": {
    title: "Counselling for young people aged 12 to 27",
    description: "The youth migration service supports young immigrants at school, in training and at work.",
  },
  "Hausaufgabenhilfe für Schulkinder": {
    title: "Homework help for schoolchildren",
    description: "Volunteers help with homework and reading twice a week.",
  },
  "Eltern-Kind-Gruppe für Familien mit Kleinkindern": {
    title: "Parent and child group for families with toddlers",
    description: "Playing, singing and talking with other parents; a good preparation for nursery.",
  },
  "Kita-Lotsen: Begleitung zur Kita-Anmeldung": {
    title: "Nursery guides: help with registering for a nursery",
    description: "Support in finding a nursery place and in registering for it.",
  },
  "Sprachförderung in der Grundschule": {
    title: "Language support at primary school",
    description: "Extra German lessons in small groups for children without prior knowledge.",
  },
  "Schulstart-Beratung für Familien": {
    title: "Starting school: advice for families",
    description:
      "Information on the school system, on registering for school and on education and participation benefits.",
  },
  "Anerkennungsberatung für ausländische Berufsabschlüsse": {
    title: "Recognition counselling for foreign vocational qualifications",
    description: "We find out which office is responsible for your qualification and support your application.",
  },
  "Beratung zur Zeugnisbewertung für Hochschulabschlüsse": {
    title: "Advice on the evaluation of university degrees",
    description: "Help with applying for a statement of comparability and with translating your documents.",
  },
  "Wege in Gesundheitsberufe": {
    title: "Pathways into health professions",
    description: "Recognition and adaptation training for nurses and doctors.",
  },
  "Einstiegsqualifizierung mit Sprachförderung": {
    title: "Introductory training with language support",
    description: "An internship in a company with German lessons alongside, as a way into an apprenticeship.",
  },
  "Ausbildungsvorbereitung für junge Geflüchtete": {
    title: "Preparing for an apprenticeship: young refugees",
    description: "Application training, company visits and internships in crafts, retail and care.",
  },
  "Berufsorientierung in Werkstätten": {
    title: "Career orientation in workshops",
    description: "Try out metalwork, woodwork, care and housekeeping, guided by instructors.",
  },
  "Arbeitsvermittlung für Zugewanderte": {
    title: "Job placement for immigrants",
    description: "Placement in work and apprenticeships; advice on funding and further training.",
  },
  Jobcafé: {
    title: "Job café",
    description: "An open meeting with companies from the region. Please bring a CV.",
  },
  Bewerbungswerkstatt: {
    title: "Application workshop",
    description: "Write your CV and cover letter, practise job interviews.",
  },
  "Fallmanagement für Leistungsberechtigte": {
    title: "Case management for benefit recipients",
    description: "Support on the way into work under the SGB II, with planning of language courses and qualifications.",
  },
  "Gesundheitssprechstunde mit Dolmetschung": {
    title: "Health advice with an interpreter",
    description: "Help with finding doctors and with understanding medical findings.",
  },
  "Psychosoziale Beratung für Geflüchtete": {
    title: "Psychosocial counselling for refugees",
    description: "Conversations about stress, grief and sleep problems; referral to therapy.",
  },
  Schwangerschaftsberatung: {
    title: "Pregnancy counselling",
    description: "Advice on pregnancy, birth and the first years of life.",
  },
  "Erste-Hilfe-Kurs in einfacher Sprache": {
    title: "First aid course in plain language",
    description: "One day of first aid with many pictures and exercises, also for the driving licence.",
  },
  "Wohnungssuche: Beratung und Begleitung": {
    title: "Finding a flat: advice and support",
    description: "Help with looking for a flat, with viewings and with the tenancy agreement.",
  },
  Mieterführerschein: {
    title: "Tenant's licence",
    description: "A course on the rights and duties of tenants, waste sorting, airing and heating.",
  },
  "Auszugsberatung aus der Gemeinschaftsunterkunft": {
    title: "Moving out of shared accommodation",
    description: "Support with moving into your first own flat.",
  },
  "Interkulturelles Café": {
    title: "Intercultural café",
    description: "Meet people over coffee and cake, every Friday afternoon.",
  },
  "Frauentreff international": {
    title: "International women's meeting",
    description: "A meeting place for women of all backgrounds with outings and conversations; childcare available.",
  },
  "Sport für alle": {
    title: "Sport for everyone",
    description: "Football, volleyball and a running group for young people and adults.",
  },
  "Offene Fahrradwerkstatt": {
    title: "Open bicycle workshop",
    description: "Repair bicycles together; donated bicycles for newcomers.",
  },
  "Demokratie vor Ort": {
    title: "Democracy on the spot",
    description: "A visit to the town hall and the district council and a talk with local politicians.",
  },
  "Interreligiöser Gesprächsabend": {
    title: "Interfaith evening",
    description: "Christians, Muslims and Yazidis talk about their festivals and their faith.",
  },
  "Gottesdienst auf Ukrainisch": {
    title: "Church service in Ukrainian",
    description: "A service followed by time together.",
  },
  "Freitagsgebet mit deutscher Übersetzung der Predigt": {
    title: "Friday prayer with a German translation of the sermon",
    description: "The sermon is given in Arabic and translated into German.",
  },
  "Tag der offenen Tür": {
    title: "Open day",
    description: "A tour of the community centre and the prayer room; questions are very welcome.",
  },
  "Seelsorge für Geflüchtete": {
    title: "Pastoral care for refugees",
    description: "Confidential conversations, whatever your religion or origin.",
  },
  "Integrationslotsinnen und Integrationslotsen gesucht": {
    title: "Integration guides wanted",
    description: "After 50 hours of training you accompany newcomers to offices and in everyday life.",
  },
  "Patenschaften für Familien": {
    title: "Mentoring for families",
    description: "Volunteer mentors support a family as it settles in.",
  },
  Sprachpatenschaften: {
    title: "Language buddies",
    description: "Practise everyday German: once a week, for an hour.",
  },
  "Ehrenamtliche Sprachmittlung": {
    title: "Volunteer interpreting",
    description: "You speak German and another language? Accompany conversations with doctors and offices.",
  },
};

export const englishCourseTexts: TCourseTexts = {
  names: {
    ik_allgemein: "General integration course",
    ik_jugend: "Integration course for young people",
    ik_eltern: "Integration course for parents or women",
    ik_alpha: "Literacy course",
    ik_zweitschrift: "Course for second-script learners",
    ik_foerder: "Support course",
    ik_intensiv: "Intensive course",
    bsk_a2_b1: "Job-related language course, special course A2 → B1",
    bsk_unter_a2: "Job-related language course, special course below A2 → A2",
    bsk_b1_b2: "Job-related language course, basic course B1 → B2",
    bsk_b2_c1: "Job-related language course, basic course B2 → C1",
    bsk_c1_c2: "Job-related language course, basic course C1 → C2",
    bsk_fach: "Job-related language course for specific professions",
    bsk_anerkennung: "Job-related language course for recognition",
    eok: "Initial orientation course",
  },
  describe: ({ units, orientationUnits, targetLevel }) => {
    const course =
      units === null
        ? "A course following the rules of the BAMF."
        : orientationUnits === null
          ? `A course following the rules of the BAMF: ${units} lessons of 45 minutes.`
          : `A course following the rules of the BAMF: ${units} lessons of language course and ${orientationUnits} lessons of orientation course, 45 minutes each.`;
    return targetLevel ? `${course} Goal: language level ${targetLevel}.` : course;
  },
};
