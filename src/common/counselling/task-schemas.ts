import { z } from "zod";
import { addFieldIssue } from "../platform/field-messages.js";

/** A task is something to do; a follow-up (Wiedervorlage) is a date to look at the file again. */
export const taskKinds = ["task", "follow_up"] as const;
export type TTaskKind = (typeof taskKinds)[number];

export const taskStatuses = ["open", "done", "cancelled"] as const;
export type TTaskStatus = (typeof taskStatuses)[number];

export const taskRecordActions = ["update"] as const;
export type TTaskRecordAction = (typeof taskRecordActions)[number];

/** A calendar date (YYYY-MM-DD) that exists: 2025-02-30 is refused with "date_invalid". */
export const ZCalendarDate = z.string().superRefine((value, context) => {
  if (!z.iso.date().safeParse(value).success) addFieldIssue(context, "date_invalid", [], value);
});

const ZTaskTitle = z
  .string()
  .trim()
  .max(200)
  .superRefine((value, context) => {
    if (value === "") addFieldIssue(context, "task_title_required", [], value);
  });

const ZTaskNote = z
  .string()
  .trim()
  .max(2000)
  .transform((value) => (value === "" ? null : value))
  .nullable();

/** The version the client read: a write against an older one is refused (409). */
const ZVersion = z.number().int().min(1);

/** A reminder after the due date makes no sense; both dates must exist first. */
function checkReminder(value: { dueOn?: string; remindOn?: string | null }, context: z.core.$RefinementCtx): void {
  const { dueOn, remindOn } = value;
  if (dueOn === undefined || remindOn === undefined || remindOn === null) return;
  if (!z.iso.date().safeParse(dueOn).success || !z.iso.date().safeParse(remindOn).success) return;
  if (remindOn > dueOn) addFieldIssue(context, "task_remind_after_due", ["remindOn"], remindOn);
}

const taskFields = {
  kind: z.enum(taskKinds),
  title: ZTaskTitle,
  note: ZTaskNote,
  fieldOfActionCode: z.string().trim().min(1).max(40).nullable(),
  dueOn: ZCalendarDate,
  remindOn: ZCalendarDate.nullable(),
  /** The caseworker who is to do it; null means the one who creates it. */
  assigneeUserId: z.uuid().nullable(),
};

export const ZTaskInput = z
  .strictObject({
    ...taskFields,
    kind: taskFields.kind.default("task"),
    note: taskFields.note.default(null),
    fieldOfActionCode: taskFields.fieldOfActionCode.default(null),
    remindOn: taskFields.remindOn.default(null),
    assigneeUserId: taskFields.assigneeUserId.default(null),
  })
  .superRefine(checkReminder);
export type TTaskInput = z.output<typeof ZTaskInput>;

export const ZTaskPatch = z
  .strictObject({ version: ZVersion, ...taskFields, assigneeUserId: z.uuid() })
  .partial({
    kind: true,
    title: true,
    note: true,
    fieldOfActionCode: true,
    dueOn: true,
    remindOn: true,
    assigneeUserId: true,
  })
  .superRefine(checkReminder);
export type TTaskPatch = z.output<typeof ZTaskPatch>;

/** Mark done, reopen (status open) or cancel. */
export const ZTaskStatusChange = z.strictObject({ version: ZVersion, status: z.enum(taskStatuses) });
export type TTaskStatusChange = z.output<typeof ZTaskStatusChange>;

export const ZTaskId = z.strictObject({ taskId: z.uuid() });

const ZUserRef = z.object({ id: z.uuid(), displayName: z.string() });

export const ZTask = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    kind: z.enum(taskKinds),
    title: z.string(),
    note: z.string().nullable(),
    fieldOfActionCode: z.string().nullable(),
    dueOn: z.string(),
    remindOn: z.string().nullable(),
    assignee: ZUserRef,
    status: z.enum(taskStatuses),
    /** Open and due before today (Europe/Berlin). */
    isOverdue: z.boolean(),
    doneAt: z.string().nullable(),
    doneBy: ZUserRef.nullable(),
    createdAt: z.string(),
    createdByName: z.string().nullable(),
    version: z.number().int(),
    allowedActions: z.array(z.enum(taskRecordActions)),
  })
  .meta({ id: "Task" });
export type TTask = z.infer<typeof ZTask>;

/** A person's tasks: open ones first by due date, then done and cancelled ones, latest first. */
export const ZTaskList = z.object({ items: z.array(ZTask) }).meta({ id: "TaskList" });
export type TTaskList = z.infer<typeof ZTaskList>;

const ZQueryBoolean = z.enum(["true", "false"]).transform((value) => value === "true");

export const myTaskSorts = ["dueOn", "-dueOn"] as const;
export type TMyTaskSort = (typeof myTaskSorts)[number];

export const ZMyTasksQuery = z.strictObject({
  overdueOnly: ZQueryBoolean.default(false),
  dueUntil: ZCalendarDate.optional(),
  sort: z.enum(myTaskSorts).default("dueOn"),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type TMyTasksQuery = z.output<typeof ZMyTasksQuery>;

/** One of my open tasks, with the person it concerns (to open their counselling file). */
export const ZMyTask = ZTask.extend({
  person: z.object({ id: z.uuid(), displayName: z.string() }),
}).meta({ id: "MyTask" });
export type TMyTask = z.infer<typeof ZMyTask>;

export const ZMyTaskList = z
  .object({
    items: z.array(ZMyTask),
    total: z.number().int(),
    overdueTotal: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: "MyTaskList" });
export type TMyTaskList = z.infer<typeof ZMyTaskList>;

/** The caseworkers a task or an appointment can be given to: colleagues of the actor's own organisations. */
export const ZCaseworkerOptions = z
  .object({ caseworkers: z.array(z.object({ id: z.uuid(), name: z.string() })) })
  .meta({ id: "CaseworkerOptions" });
export type TCaseworkerOptions = z.infer<typeof ZCaseworkerOptions>;
