/** The integration plan's states and kinds (Förderplan), shared by tables, API and the web app. */
export const planStatuses = ["draft", "agreed"] as const;
export type TPlanStatus = (typeof planStatuses)[number];

/** How the person agreed to the plan. */
export const agreementChannels = ["in_person", "phone", "video", "in_writing"] as const;
export type TAgreementChannel = (typeof agreementChannels)[number];

export const goalStatuses = ["open", "in_progress", "achieved", "dropped"] as const;
export type TGoalStatus = (typeof goalStatuses)[number];

export const measureStatuses = ["planned", "in_progress", "done", "cancelled"] as const;
export type TMeasureStatus = (typeof measureStatuses)[number];

/** Who carries out a measure: the person themself, a caseworker (a user) or a provider (an organisation). */
export const responsibleKinds = ["person", "caseworker", "provider"] as const;
export type TResponsibleKind = (typeof responsibleKinds)[number];

/** The parts of a plan a change is recorded for (plan history, audit detail, timeline). */
export const planParts = ["plan", "goal", "measure"] as const;
export type TPlanPart = (typeof planParts)[number];

/** A change adds a goal or measure, or changes fields of the plan, a goal or a measure. */
export const planChangeKinds = ["added", "changed"] as const;
export type TPlanChangeKind = (typeof planChangeKinds)[number];

export const planRecordActions = ["read", "update"] as const;
export type TPlanRecordAction = (typeof planRecordActions)[number];
