// The reader's text size for reports: a few steps, remembered across reports and visits
// (localStorage), shared by every report on the page. Sizes are relative (em), so the browser's
// own zoom and font-size settings still apply on top. TextSize is the report's controller: its
// step, kept in step with every other report, and the A− / A+ buttons.
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';

import type { Translate } from '../shared/element.js';

export const TEXT_SIZES = [0.9, 1, 1.15, 1.3, 1.5];
export const DEFAULT_STEP = 1;
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

export class TextSize implements ReactiveController {
  /** The step in TEXT_SIZES that the host shows. */
  step = textSizeStep();
  readonly #host: ReactiveControllerHost;
  #stop?: () => void;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.step = textSizeStep();
    this.#stop = onTextSize((step) => {
      this.step = step;
      this.#host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.#stop?.();
  }

  // aria-disabled, not disabled: a button that reaches its limit keeps the keyboard focus. The step
  // is read when clicked, not when rendered: clicks may come faster than renders.
  render(t: Translate) {
    const { step } = this;
    return html`<div class="tool-group" role="group" aria-label=${t('textSize')}>
      <button type="button" class="tool" title=${t('smaller')} aria-disabled=${step === 0} @click=${() => setTextSizeStep(this.step - 1)}>
        <span aria-hidden="true">A−</span><span class="visually-hidden">${t('smaller')}</span>
      </button>
      <button type="button" class="tool" title=${t('larger')} aria-disabled=${step === TEXT_SIZES.length - 1} @click=${() => setTextSizeStep(this.step + 1)}>
        <span aria-hidden="true">A+</span><span class="visually-hidden">${t('larger')}</span>
      </button>
      <span class="visually-hidden" role="status">${t('sizeNow', { percent: Math.round(TEXT_SIZES[step] * 100) })}</span>
    </div>`;
  }
}
