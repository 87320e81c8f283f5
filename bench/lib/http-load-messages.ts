import type { TLoadWindow } from "./load-window.js";

/** Parent → load process: put `url` under GET load. */
export type THttpLoadJob = {
  id: number;
  url: string;
  headers?: Record<string, string>;
  connections: number;
  durationSeconds: number;
};

/** Load process → parent. */
export type THttpLoadReply = ({ id: number } & TLoadWindow) | { id: number; failure: string };
