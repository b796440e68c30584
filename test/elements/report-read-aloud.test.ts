// Reading aloud: "Đọc bài", pause, resume and stop, with the browser's speech engine and with a
// scripted one that plays or refuses, and a plain word when the browser cannot read.
import '../../src/report/define.js';

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import type { Article } from '../../src/model/types.js';
import type { PartyNewsReport } from '../../src/report/report.js';
import { ScriptedSpeech } from '../../stories/support/scripted-speech.js';
import { reportControl, seedArticle, textOf } from '../harness.js';

describe('<party-news-report> read aloud', () => {
  let seed: Article;
  before(async () => {
    seed = await seedArticle();
  });
  // The engine is the whole browser's: leave it with nothing queued, and not paused.
  afterEach(() => (speechSynthesis.cancel(), speechSynthesis.resume()));
  const render = () => fixture<PartyNewsReport>(html`<party-news-report .article=${seed}></party-news-report>`);
  const named = reportControl;

  it('splits the article into sentence-sized pieces', async () => {
    const { speechChunks } = await import('../../src/report/read-aloud.js');
    const chunks = speechChunks(['Tiêu đề', 'Câu một. Câu hai! '.repeat(40), undefined, '']);
    expect(chunks[0].startsWith('Tiêu đề')).to.equal(true);
    expect(chunks.every((c) => c.length <= 320)).to.equal(true);
    expect(chunks.join(' ').replace(/\s+/g, ' ')).to.contain('Câu một. Câu hai!');
  });

  it('"Đọc bài" reads by keyboard, and reading can be stopped, or says plainly that it cannot read', async () => {
    const el = await render();
    const read = named(el, 'Đọc bài')!;
    expect(read, 'the button exists where the browser has speech synthesis').to.exist;
    // The engine's own verdict on the first utterance: it starts, or it fails (no voice here).
    let verdict = '';
    const speak = speechSynthesis.speak.bind(speechSynthesis);
    speechSynthesis.speak = (utterance) => {
      for (const type of ['start', 'error']) utterance.addEventListener(type, () => (verdict ||= type));
      speak(utterance);
    };
    try {
      read.focus();
      await sendKeys({ press: 'Enter' }); // a real key press: engines speak only after user activation
      await waitUntil(() => verdict, 'the speech engine started or refused the first utterance', { timeout: 5000 });
    } finally {
      speechSynthesis.speak = speak;
    }
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('.speech-status');
    if (status) {
      // This engine has no usable voice here: the reader is told, and the button is back.
      expect(textOf(status)).to.equal('Trình duyệt chưa đọc được bài này.');
      expect(named(el, 'Đọc bài')).to.exist;
    } else {
      expect(speechSynthesis.speaking || speechSynthesis.pending, 'speaking').to.equal(true);
      expect(named(el, 'Tạm dừng')).to.exist;
      named(el, 'Tạm dừng')!.click();
      await el.updateComplete;
      expect(named(el, 'Đọc tiếp')).to.exist;
      named(el, 'Dừng đọc')!.click();
      await el.updateComplete;
      expect(named(el, 'Đọc bài')).to.exist;
      expect(speechSynthesis.speaking && !speechSynthesis.paused).to.equal(false);
    }
    await expect(el).to.be.accessible();
  });

  describe('with the engine it is given', () => {
    const renderWith = (engine: ScriptedSpeech | undefined) =>
      fixture<PartyNewsReport>(html`<party-news-report .article=${seed} .speechEngine=${engine}></party-news-report>`);
    const status = (el: PartyNewsReport) => el.shadowRoot!.querySelector('.speech-status');
    // The browser's engine must not be touched: it is the whole browser's, and it has no voices here.
    const untouched: string[] = [];
    const methods = ['speak', 'cancel', 'pause', 'resume', 'getVoices'] as const;
    const originals = methods.map((m) => speechSynthesis[m]);
    beforeEach(() => {
      untouched.length = 0;
      for (const m of methods) (speechSynthesis as unknown as Record<string, unknown>)[m] = () => untouched.push(m);
    });
    afterEach(() => {
      methods.forEach((m, i) => ((speechSynthesis as unknown as Record<string, unknown>)[m] = originals[i]));
      expect(untouched, "the browser's speech engine was used").to.deep.equal([]);
    });

    it("uses the browser's engine by default, and shows no button without one", async () => {
      const el = await render();
      expect(el.speechEngine).to.equal(speechSynthesis);
      const without = await renderWith(undefined);
      expect(named(without, 'Đọc bài')).to.equal(undefined);
      expect(named(without, 'In bài'), 'the other tools stay').to.exist;
    });

    /** A report reading with a scripted engine that plays: "Đọc bài" pressed, the first piece being read. */
    const startReading = async () => {
      const speech = new ScriptedSpeech('play');
      const el = await renderWith(speech);
      named(el, 'Đọc bài')!.click();
      await el.updateComplete;
      return { speech, el };
    };

    it('while reading: "Tạm dừng" and "Dừng đọc", no status', async () => {
      const { speech, el } = await startReading();
      expect(speech.log).to.deep.equal(['start']);
      expect(speech.spoken[0].text.startsWith(seed.title)).to.equal(true);
      expect(speech.spoken[0].lang).to.equal('vi-VN');
      expect(speech.speaking && speech.pending, 'the first piece is read, the rest wait').to.equal(true);
      const tools = [...el.shadowRoot!.querySelectorAll('[role="group"][aria-label="Công cụ"] button')].map((b) =>
        textOf(b),
      );
      expect(tools).to.deep.equal(['Tạm dừng', 'Dừng đọc', 'In bài']);
      expect(status(el)).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('pauses with "Tạm dừng" and resumes with "Đọc tiếp"', async () => {
      const { speech, el } = await startReading();
      named(el, 'Tạm dừng')!.click();
      await el.updateComplete;
      expect(speech.paused).to.equal(true);
      expect(named(el, 'Đọc tiếp')).to.exist;
      named(el, 'Đọc tiếp')!.click();
      await el.updateComplete;
      expect(speech.log).to.deep.equal(['start', 'pause', 'resume']);
      expect(named(el, 'Tạm dừng')).to.exist;
    });

    it('gives "Đọc bài" back, with no status, once the last piece is read', async () => {
      const { speech, el } = await startReading();
      for (let i = 1; i < speech.spoken.length; i++) speech.finishOne();
      await el.updateComplete;
      expect(named(el, 'Tạm dừng'), 'reading the last piece').to.exist;
      speech.finishOne();
      await el.updateComplete;
      expect(named(el, 'Đọc bài'), 'read to the end').to.exist;
      expect(status(el)).to.equal(null);
    });

    it('refused: says plainly that it cannot read, and gives "Đọc bài" back', async () => {
      const speech = new ScriptedSpeech('refuse');
      const el = await renderWith(speech);
      named(el, 'Đọc bài')!.click(); // refused inside speak(), as Chromium refuses (not-allowed)
      await el.updateComplete;
      // Firefox ESR's error codes have no not-allowed: its refusal is its own bare error event.
      const code = speech.log[0];
      expect(code).to.equal(navigator.userAgent.includes('Firefox/') ? 'error' : 'error:not-allowed');
      expect(textOf(status(el))).to.equal('Trình duyệt chưa đọc được bài này.');
      expect(status(el)!.getAttribute('role')).to.equal('status');
      expect(named(el, 'Đọc bài')).to.exist;
      expect(named(el, 'Tạm dừng')).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('reads again after "Tạm dừng" then "Dừng đọc", and leaves no engine paused behind', async () => {
      // Stopping cancels the queue, and cancel() "does not change the paused state" (Web Speech API).
      const speech = new ScriptedSpeech('play');
      const el = await renderWith(speech);
      const press = async (name: string) => {
        named(el, name)!.click();
        await el.updateComplete;
      };
      await press('Đọc bài');
      await press('Tạm dừng');
      await press('Dừng đọc');
      await press('Đọc bài');
      expect(speech.log).to.deep.equal(['start', 'pause', 'start']);
      expect(speech.speaking, 'the new reading has started').to.equal(true);
      expect(named(el, 'Tạm dừng')).to.exist;

      await press('Tạm dừng');
      await press('Dừng đọc');
      expect(speech.paused, 'after "Dừng đọc"').to.equal(false);
      speech.pause(); // as another page script, or another report, may leave it
      await press('Đọc bài');
      expect(speech.paused).to.equal(false);
      expect(speech.log.at(-1)).to.equal('start');
    });
  });

  it("resumes the browser's own engine when it was left paused", async () => {
    // Firefox ESR's engine keeps pause() through cancel(), and then holds every new utterance as
    // pending: this failed there. Chromium and WebKitGTK pause nothing when nothing is spoken.
    const el = await render();
    speechSynthesis.pause();
    const read = named(el, 'Đọc bài')!;
    read.focus();
    await sendKeys({ press: 'Enter' });
    expect(speechSynthesis.paused).to.equal(false);
  });
});
