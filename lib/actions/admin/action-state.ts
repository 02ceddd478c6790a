// The answer of every admin action, shared with the client forms that show it.

/** message and errors are keys of the «Admin.errors» messages (or of the screen's own namespace). */
export interface ActionState<V = Record<string, unknown>> {
  status: 'idle' | 'ok' | 'error' | 'unauthorized' | 'forbidden';
  message?: string;
  errors?: Record<string, string[]>;
  values?: V;
  /** Id of what was created or changed. */
  id?: number;
}

export const IDLE_STATE: ActionState = { status: 'idle' };
