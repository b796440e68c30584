import '../src/report/define.js';

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

import {
  legacyCaptionsItem,
  relatedItems,
  seedItem,
  toArticles,
  undatedArticle,
  updatedItem,
  withoutPhotosItem,
} from '../fixtures/samples.js';
import type { PartyNewsReport } from '../src/report/report.js';
import { ScriptedSpeech, type SpeechScript } from './support/scripted-speech.js';

type Args = Pick<PartyNewsReport, 'article' | 'related' | 'headingLevel' | 'lang'>;

const [seed, legacy, withoutPhotos, updated] = toArticles([
  seedItem,
  legacyCaptionsItem,
  withoutPhotosItem,
  updatedItem,
]);
const related = toArticles(relatedItems);

const meta: Meta<Args> = {
  title: 'Elements/Report',
  component: 'party-news-report',
  args: { article: seed, related, headingLevel: 1 },
  render: ({ article, related, headingLevel, lang }) =>
    html`<party-news-report lang=${lang || 'vi'} heading-level=${headingLevel} .article=${article} .related=${related}></party-news-report>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The reference article: breadcrumb, title, dateline, sapo, two captioned photos, byline, tags, related news. */
export const SeedArticle: Story = {};
/** Photos as older portal CMSs write them (a one-image table, an image paragraph + centred italic caption), shown as captioned figures. */
export const LegacyCmsCaptions: Story = { args: { article: legacy, related: [] } };
export const WithoutPhotos: Story = { args: { article: withoutPhotos, related: related.slice(0, 2) } };
/** The interface in English; the article keeps its Vietnamese text and `lang`. */
export const InEnglish: Story = { args: { lang: 'en' } };

const TEXT_SIZE_KEY = 'party-news:text-size';
/** Plain clicks inside the report's shadow root (no test library needed, so the test suite runs these too). */
const clickIn = async (canvas: HTMLElement, selector: string) => {
  const report = canvas.querySelector('party-news-report')!;
  await report.updateComplete;
  report.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
  await report.updateComplete;
};

/** The reader tools: A+ pressed twice (130 %). The size is remembered, so this story puts it back afterwards. */
export const LargerText: Story = {
  beforeEach: () => {
    localStorage.removeItem(TEXT_SIZE_KEY);
    return () => localStorage.removeItem(TEXT_SIZE_KEY);
  },
  play: async ({ canvasElement }) => {
    await clickIn(canvasElement, '.tool-group .tool:nth-of-type(2)');
    await clickIn(canvasElement, '.tool-group .tool:nth-of-type(2)');
  },
};

/** The photo viewer, opened on the second photo: caption, previous/next, Escape or "Đóng" to close. */
export const PhotoViewer: Story = {
  play: async ({ canvasElement }) => clickIn(canvasElement, '.zoom[data-photo="1"]'),
};

/** Corrected after publication: the dateline shows both times, "Đăng" and "Cập nhật". */
export const Updated: Story = { args: { article: updated } };

/** An RSS item that came without a date: the report has no dateline, and loses nothing else. */
export const Undated: Story = { args: { article: undatedArticle, related: related.slice(0, 2) } };

/**
 * "Sao chép liên kết" pressed: the row says that the link was copied or, where the browser refuses
 * the clipboard, shows the link to copy by hand. Both are announced (role="status").
 */
export const CopyLinkConfirmation: Story = {
  play: async ({ canvasElement }) => {
    await clickIn(canvasElement, '.share .tool');
    const report = canvasElement.querySelector('party-news-report')!;
    // The clipboard answers in its own time: look once a frame.
    while (!report.shadowRoot!.querySelector('.copy-status')?.textContent) {
      await new Promise((frame) => requestAnimationFrame(frame));
    }
  },
};

/**
 * "Đọc bài" pressed, with a scripted speech engine in the browser's place (stories/support/
 * scripted-speech.ts): the browser's own engine has no voices in headless browsers, and it is the
 * whole browser's, so a story must not leave it speaking. The script fires the browser's own
 * utterance events; nothing is spoken. Its play runs in the docs page too: it touches nothing else.
 */
const readAloud = (script: SpeechScript, shows: (report: PartyNewsReport) => boolean): Story => ({
  render: ({ article, related, headingLevel, lang }) =>
    html`<party-news-report lang=${lang || 'vi'} heading-level=${headingLevel} .article=${article} .related=${related} .speechEngine=${new ScriptedSpeech(script)}></party-news-report>`,
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement }) => {
    const report = canvasElement.querySelector('party-news-report')!;
    await report.updateComplete;
    const read = [...report.shadowRoot!.querySelectorAll<HTMLElement>('.tool')].find((b) =>
      /^(Đọc bài|Read aloud)$/.test(b.textContent!.trim()),
    );
    if (!read) throw new Error('No "Đọc bài" button: this browser has no SpeechSynthesisUtterance.');
    read.click();
    await report.updateComplete;
    // The scripted engine answers inside speak(): the state is shown now, or the story is wrong.
    if (!shows(report)) throw new Error(`Read aloud (${script}) did not show its state.`);
  },
});
const buttons = (report: PartyNewsReport) =>
  [...report.shadowRoot!.querySelectorAll('.tool')].map((b) => b.textContent!.trim());

/** Reading aloud: "Tạm dừng" and "Dừng đọc" in place of "Đọc bài", as a reader sees them while the article is read. */
export const ReadAloudPlaying: Story = readAloud('play', (report) =>
  ['Tạm dừng', 'Pause'].some((name) => buttons(report).includes(name)),
);

/**
 * The browser refused to speak (`not-allowed`; Firefox ESR, which has no such error code, fires its
 * own bare error event): the reader is told so plainly (role="status"), and "Đọc bài" is back.
 */
export const ReadAloudRefused: Story = readAloud('refuse', (report) =>
  Boolean(report.shadowRoot!.querySelector('.speech-status')?.textContent),
);
