import Fastify from "fastify";
import type { TScenario } from "../lib/scenario.js";

/**
 * The fixed cost of one request through the full app (helmet headers, request ids, cookie parsing,
 * actor resolution, CSRF hook, metrics, zod response serialization) against Fastify with nothing
 * but one route answering the same JSON.
 */
export const healthzScenario: TScenario = {
  name: "healthz",
  description: "GET /healthz of the full KommMit app vs a bare Fastify app with one route returning the same JSON",
  async setUp({ server }) {
    const bareApp = Fastify({ logger: false });
    bareApp.get("/healthz", async () => ({ status: "ok" }));
    const bareUrl = await bareApp.listen({ port: 0, host: "127.0.0.1" });
    const subjectUrl = `${server.url}/healthz`;
    const baselineUrl = `${bareUrl}/healthz`;
    await assertSameBody(subjectUrl, baselineUrl);
    return {
      subject: { label: "KommMit GET /healthz", workload: { kind: "http", url: subjectUrl } },
      baseline: { label: "bare Fastify GET /healthz", workload: { kind: "http", url: baselineUrl } },
      tearDown: () => bareApp.close(),
    };
  },
};

async function assertSameBody(subjectUrl: string, baselineUrl: string): Promise<void> {
  const [subject, baseline] = await Promise.all([fetch(subjectUrl), fetch(baselineUrl)]);
  const [subjectBody, baselineBody] = await Promise.all([subject.text(), baseline.text()]);
  if (subject.status !== 200 || baseline.status !== 200 || subjectBody !== baselineBody) {
    throw new Error(`healthz sides differ: ${subject.status} ${subjectBody} vs ${baseline.status} ${baselineBody}`);
  }
}
