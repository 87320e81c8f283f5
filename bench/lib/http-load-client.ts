import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { THttpLoadJob, THttpLoadReply } from "./http-load-messages.js";
import type { TLoadWindow } from "./load-window.js";

export type THttpLoadClient = {
  run(job: Omit<THttpLoadJob, "id">): Promise<TLoadWindow>;
  close(): void;
};

/**
 * Forks one load process for the whole run (tsx's loader comes along in execArgv) and hands it
 * one job at a time. "advanced" serialization carries the latency samples as a Float64Array.
 */
export function startHttpLoadClient(): THttpLoadClient {
  const child: ChildProcess = fork(fileURLToPath(new URL("./http-load-process.ts", import.meta.url)), {
    execArgv: process.execArgv,
    serialization: "advanced",
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  let nextId = 1;
  return {
    run(job) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const onExit = (code: number | null) => reject(new Error(`the load process exited (code ${code})`));
        const onMessage = (reply: THttpLoadReply) => {
          if (reply.id !== id) return;
          child.off("message", onMessage);
          child.off("exit", onExit);
          if ("failure" in reply) reject(new Error(`load generation failed: ${reply.failure}`));
          else resolve({ samplesMs: reply.samplesMs, errors: reply.errors, elapsedSeconds: reply.elapsedSeconds });
        };
        child.on("message", onMessage);
        child.once("exit", onExit);
        child.send({ id, ...job } satisfies THttpLoadJob);
      });
    },
    close() {
      if (child.connected) child.disconnect();
    },
  };
}
