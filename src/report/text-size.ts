// The reader's text size for reports: a few steps, remembered across reports and visits
// (localStorage), shared by every report on the page. Sizes are relative (em), so the browser's
// own zoom and font-size settings still apply on top. TextSize is the report's tool: its step,
// kept in step with every other report, and the A− / A+ buttons.
import { html } from 'lit';

import type { Translate } from '../shared/element.js';
import { ReaderTool } from './reader-tool.js';

export const TEXT_SIZES = [0.9, 1, 1.15, 1.3, 1.5];
export const DEFAULT_STEP = 1;
const LARGEST = TEXT_SIZES.length - 1;
const KEY = 'party-news:text-size';
const listeners = new Set<(step: number) => void>();

function clampStep(step: number): number {
  return Math.min(LARGEST, Math.max(0, Math.round(step)));
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

export class TextSize extends ReaderTool {
  /** The step in TEXT_SIZES that the host shows. */
  step = textSizeStep();
  #stop?: () => void;

  override hostConnected(): void {
    this.step = textSizeStep();
    this.#stop = onTextSize((step) => {
      this.step = step;
      this.host.requestUpdate();
    });
  }

  override hostDisconnected(): void {
    this.#stop?.();
  }

  // aria-disabled, not disabled: a button that reaches its limit keeps the keyboard focus. The step
  // is read when clicked, not when rendered: clicks may come faster than renders.
  render(t: Translate) {
    const { step } = this;
    const [smaller, larger] = [() => setTextSizeStep(this.step - 1), () => setTextSizeStep(this.step + 1)];
    const percent = Math.round(TEXT_SIZES[step] * 100);
    return html`<div class="tool-group" role="group" aria-label=${t('textSize')}>
      <button type="button" class="tool" title=${t('smaller')} aria-disabled=${step === 0} @click=${smaller}>
        <span aria-hidden="true">A−</span><span class="visually-hidden">${t('smaller')}</span>
      </button>
      <button type="button" class="tool" title=${t('larger')} aria-disabled=${step === LARGEST} @click=${larger}>
        <span aria-hidden="true">A+</span><span class="visually-hidden">${t('larger')}</span>
      </button>
      <span class="visually-hidden" role="status">${t('sizeNow', { percent })}</span>
    </div>`;
  }
}
