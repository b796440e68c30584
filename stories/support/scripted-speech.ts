// A speech engine that plays a script instead of speaking, for the read-aloud stories and tests.
// The browser's own engine cannot show those states here: headless Chromium has no voices (every
// utterance fails with synthesis-failed), Firefox ESR has none either, and WebKitGTK really speaks,
// in its own time. It is also one engine for the whole browser, so a story that left it speaking
// disturbed later tests (see the history of stories/report.stories.ts). The events are the
// browser's own SpeechSynthesisUtterance events, dispatched on the utterances the report made, so
// its handlers run as they would for a real engine.
//
// It keeps the rules of the Web Speech API that read aloud depends on, as the engines here were
// seen to keep them:
// - pause() pauses the engine even with nothing to say, and cancel() "does not change the paused
//   state" (the spec's words): an utterance spoken to a paused engine waits in the queue. Firefox
//   ESR does exactly that; WebKitGTK keeps `paused` but starts the utterance anyway; Chromium
//   could not be watched (no voices).
// - Events fire inside speak() itself, as Chromium fires its refusal (`not-allowed`, when a page
//   speaks without user activation) and WebKitGTK its `start`: the harshest order for a caller.
// - cancel() fires nothing. Real engines end the dropped utterance with `end` (WebKitGTK) or an
//   `interrupted` error; read aloud ignores both, so staying silent hides nothing.
import type { SpeechEngine } from '../../src/report/read-aloud.js';

/** `play`: the first utterance starts and is still being read. `refuse`: every utterance is refused. */
export type SpeechScript = 'play' | 'refuse';

/**
 * The refusal as this engine can express it: `not-allowed` (Chromium, WebKit), or, where
 * SpeechSynthesisErrorEvent does not know that code (Firefox ESR's enum lacks it), what Firefox
 * itself dispatches when it cannot speak: a plain SpeechSynthesisEvent named `error`, with no code.
 */
function refusal(utterance: SpeechSynthesisUtterance): SpeechSynthesisEvent {
  try {
    return new SpeechSynthesisErrorEvent('error', { utterance, error: 'not-allowed' });
  } catch {
    return new SpeechSynthesisEvent('error', { utterance });
  }
}

export class ScriptedSpeech implements SpeechEngine {
  /** Every event fired, in order: `start`, `pause`, `resume`, `end`, `error:not-allowed` or `error` (no code). */
  readonly log: string[] = [];
  /** Every utterance it was given, in order. */
  readonly spoken: SpeechSynthesisUtterance[] = [];
  paused = false;
  #queue: SpeechSynthesisUtterance[] = [];
  #current?: SpeechSynthesisUtterance;

  constructor(readonly script: SpeechScript = 'play') {}

  get speaking(): boolean {
    return Boolean(this.#current);
  }

  get pending(): boolean {
    return this.#queue.length > 0;
  }

  getVoices(): SpeechSynthesisVoice[] {
    return [];
  }

  speak(utterance: SpeechSynthesisUtterance): void {
    this.spoken.push(utterance);
    if (this.script === 'refuse') return this.#fire(refusal(utterance));
    this.#queue.push(utterance);
    this.#next();
  }

  cancel(): void {
    this.#queue = [];
    this.#current = undefined;
  }

  pause(): void {
    this.paused = true;
    if (this.#current) this.#fire(new SpeechSynthesisEvent('pause', { utterance: this.#current }));
  }

  resume(): void {
    this.paused = false;
    if (this.#current) this.#fire(new SpeechSynthesisEvent('resume', { utterance: this.#current }));
    this.#next();
  }

  /** Finishes the utterance being read (`end`) and starts the next: a test reads to the end this way. */
  finishOne(): void {
    const done = this.#current;
    if (!done || this.paused) return;
    this.#current = undefined;
    this.#fire(new SpeechSynthesisEvent('end', { utterance: done }));
    this.#next();
  }

  #next(): void {
    if (this.paused || this.#current || !this.#queue.length) return;
    this.#current = this.#queue.shift()!;
    this.#fire(new SpeechSynthesisEvent('start', { utterance: this.#current }));
  }

  #fire(event: SpeechSynthesisEvent): void {
    const code = (event as Partial<SpeechSynthesisErrorEvent>).error;
    this.log.push(code ? `${event.type}:${code}` : event.type);
    event.utterance.dispatchEvent(event);
  }
}
