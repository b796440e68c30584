// The reader's text size for reports: a few steps, remembered across reports and visits
// (localStorage), shared by every report on the page. Sizes are relative (em), so the browser's
// own zoom and font-size settings still apply on top.

export const TEXT_SIZES = [0.9, 1, 1.15, 1.3, 1.5];
const DEFAULT_STEP = 1;
const KEY = 'party-news:text-size';
const listeners = new Set<(step: number) => void>();

function clampStep(step: number): number {
  return Math.min(TEXT_SIZES.length - 1, Math.max(0, Math.round(step)));
}

export function textSizeStep(): number {
  try {
    const stored = globalThis.localStorage?.getItem(KEY);
    return stored === null || stored === undefined ? DEFAULT_STEP : clampStep(Number(stored));
  } catch {
    return DEFAULT_STEP;
  }
}

export function setTextSizeStep(step: number): void {
  const next = clampStep(step);
  try {
    globalThis.localStorage?.setItem(KEY, String(next));
  } catch {
    // Storage blocked: the size still applies to this page.
  }
  listeners.forEach((notify) => notify(next));
}

/** Calls `notify` whenever the size changes (here or in another tab); returns the unsubscribe. */
export function onTextSize(notify: (step: number) => void): () => void {
  const fromOtherTab = (e: StorageEvent) => e.key === KEY && notify(textSizeStep());
  listeners.add(notify);
  globalThis.addEventListener?.('storage', fromOtherTab);
  return () => {
    listeners.delete(notify);
    globalThis.removeEventListener?.('storage', fromOtherTab);
  };
}
