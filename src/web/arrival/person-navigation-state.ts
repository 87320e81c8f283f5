/** Sent along with the navigation from the registration form to the new person's file, which then says so. */
export const registeredState = { isRegistered: true } as const;

export function isRegisteredState(state: unknown): boolean {
  return typeof state === "object" && state !== null && "isRegistered" in state && state.isRegistered === true;
}

export const savedState = { isSaved: true } as const;

export function isSavedState(state: unknown): boolean {
  return typeof state === "object" && state !== null && "isSaved" in state && state.isSaved === true;
}
