import { html, nothing } from 'lit';

import type { Translate } from '../shared/element.js';
import { ReaderTool, type ToolHost } from './reader-tool.js';

export type SpeechState = 'idle' | 'speaking' | 'paused';
/** What read aloud needs of `speechSynthesis`: the browser's, or the scripted one of the stories and tests. */
export type SpeechEngine = Pick<SpeechSynthesis, 'cancel' | 'getVoices' | 'pause' | 'resume' | 'speak'>;
/** The report, which gives the engine to read with (none: the browser cannot speak). */
type SpeakingHost = ToolHost & { readonly speechEngine: SpeechEngine | undefined };

/** Paragraph-sized pieces: some engines stop reading a single very long utterance part-way. */
export function speechChunks(parts: (string | undefined)[]): string[] {
  return parts
    .flatMap((part) => (part ?? '').split(/\n+/))
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .flatMap((text) => text.match(/[^.!?…]+[.!?…]*\s*/g) ?? [text])
    .reduce<string[]>((chunks, sentence) => {
      const last = chunks.length - 1;
      if (last >= 0 && chunks[last].length + sentence.length < 300) chunks[last] += sentence;
      else chunks.push(sentence);
      return chunks;
    }, [])
    .map((chunk) => chunk.trim());
}

/**
 * "Đọc bài": reads the title and body with the browser's speech synthesis, in a Vietnamese voice
 * when the system has one, with pause, resume and stop. Absent when the browser cannot speak.
 * The engine is the host's to give (the report's `speechEngine`), so stories and tests can script it.
 */
export class ReadAloud extends ReaderTool<SpeakingHost> {
  state: SpeechState = 'idle';
  /** The engine refused or broke off: the status line says so until the next button. */
  #failed = false;
  #run = 0;

  readonly #text: () => { lang: string; parts: (string | undefined)[] };

  constructor(host: SpeakingHost, text: () => { lang: string; parts: (string | undefined)[] }) {
    super(host);
    this.#text = text;
  }

  override hostDisconnected(): void {
    if (this.state !== 'idle') this.stop();
  }

  #set(state: SpeechState, failed = false): void {
    this.state = state;
    this.#failed = failed;
    this.host.requestUpdate();
  }

  start(): void {
    const { lang, parts } = this.#text();
    const chunks = speechChunks(parts);
    const run = ++this.#run;
    const engine = this.#clear();
    const voice = engine.getVoices().find((v) => v.lang.toLowerCase().startsWith(lang.slice(0, 2).toLowerCase()));
    // Before speaking: an engine may refuse inside speak() itself (Chromium's not-allowed), and
    // its error must not be overwritten.
    this.#set('speaking');
    chunks.forEach((chunk, i) => {
      const utterance = new SpeechSynthesisUtterance(chunk);
      utterance.lang = lang === 'vi' ? 'vi-VN' : lang;
      if (voice) utterance.voice = voice;
      if (i === chunks.length - 1) utterance.onend = () => run === this.#run && this.#set('idle');
      utterance.onerror = (e) => {
        if (run !== this.#run || e.error === 'interrupted' || e.error === 'canceled') return;
        this.#run++;
        // Deferred: Firefox ESR crashes when cancel() runs inside an utterance's own error handler.
        setTimeout(() => engine.cancel());
        this.#set('idle', true);
      };
      engine.speak(utterance);
    });
  }

  #pause = () => (this.host.speechEngine!.pause(), this.#set('paused'));
  #resume = () => (this.host.speechEngine!.resume(), this.#set('speaking'));
  stop = (): void => {
    this.#run++;
    this.#clear();
    this.#set('idle');
  };

  /**
   * Empties the engine and unpauses it: cancel() "does not change the paused state" (Web Speech
   * API), and a paused engine holds every new utterance (Firefox does), so after "Tạm dừng" then
   * "Dừng đọc" nothing would be read again.
   */
  #clear(): SpeechEngine {
    const engine = this.host.speechEngine!;
    engine.cancel();
    engine.resume();
    return engine;
  }

  /** The buttons, where the browser can speak. */
  render(t: Translate) {
    if (!this.host.speechEngine || !('SpeechSynthesisUtterance' in globalThis)) return nothing;
    return html`${
      this.state === 'idle'
        ? html`<button type="button" class="tool" @click=${() => this.start()}>${t('readAloud')}</button>`
        : html`${
            this.state === 'speaking'
              ? html`<button type="button" class="tool" @click=${this.#pause}>${t('pause')}</button>`
              : html`<button type="button" class="tool" @click=${this.#resume}>${t('resume')}</button>`
          }
            <button type="button" class="tool" @click=${this.stop}>${t('stop')}</button>`
    }
      ${this.#failed ? html`<span class="speech-status" role="status">${t('speechFailed')}</span>` : nothing}`;
  }
}
