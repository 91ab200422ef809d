/**
 * "Print report…" from the application menu opens the report screen and starts printing
 * once the report is on the page. The request is kept here so the screen can take it when
 * it is ready, whether it was already open or not.
 */
type Listener = () => void;

let pending = false;
const listeners = new Set<Listener>();

export function requestPrint(): void {
  pending = true;
  for (const l of listeners) l();
}

/** True once per request. */
export function takePrintRequest(): boolean {
  const was = pending;
  pending = false;
  return was;
}

export function onPrintRequest(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
