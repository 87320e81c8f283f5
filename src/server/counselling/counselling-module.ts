import type { TModule } from "../modules.js";
import { defineTokenRedemptionThrottle } from "../platform/auth/throttle/guard-token-redemption.js";
import { appointmentRoutes } from "./appointments/appointment-routes.js";
import { assessmentRoutes } from "./assessments/assessment-routes.js";
import { caseloadRoutes } from "./caseload/caseload-routes.js";
import { caseRoutes } from "./cases/case-routes.js";
import { caseDeskScope, pendingHandoverScope } from "./cases/case-scope.js";
import { handoverRoutes } from "./cases/handover-routes.js";
import { counsellingMergeParts } from "./counselling-merge-parts.js";
import { planDocumentRoutes } from "./plans/plan-document-routes.js";
import { planRoutes } from "./plans/plan-routes.js";
import { selfCheckPortalRoutes } from "./self-check/self-check-portal-routes.js";
import { selfCheckRoutes } from "./self-check/self-check-routes.js";
import { taskDigestJob } from "./tasks/task-digest-job.js";
import { taskRoutes } from "./tasks/task-routes.js";

/**
 * Beraten: needs assessment, integration plans and case work. Each part registers its routes here;
 * every person-related table joins persons through the person data access layer's scope.
 */
export const counsellingModule: TModule = {
  name: "counselling",
  personScopes: [caseDeskScope, pendingHandoverScope],
  personMergeParts: counsellingMergeParts,
  async routes(app, { database, config }) {
    await app.register(assessmentRoutes, { db: database.db });
    await app.register(selfCheckRoutes, { db: database.db });
    await app.register(selfCheckPortalRoutes, {
      db: database.db,
      tokenThrottle: defineTokenRedemptionThrottle(config.lockout.addressThreshold),
      requestsPerMinute: config.selfRegistration.requestsPerMinute,
    });
    await app.register(planRoutes, { db: database.db });
    await app.register(planDocumentRoutes, { db: database.db });
    await app.register(caseRoutes, { db: database.db });
    await app.register(handoverRoutes, { db: database.db });
    await app.register(caseloadRoutes, { db: database.db });
    await app.register(taskRoutes, { db: database.db });
    await app.register(appointmentRoutes, { db: database.db });
  },
  jobs: [taskDigestJob],
};
