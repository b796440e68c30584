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
import { about } from './support/about.js';
import { controlled } from './support/controlled.js';
import { ScriptedSpeech, type SpeechScript } from './support/scripted-speech.js';
import type { TokenArgs } from './support/tokens.js';

type Args = Partial<
  Pick<PartyNewsReport, 'article' | 'related' | 'relatedHeading' | 'shareBase' | 'headingLevel' | 'lang' | 'timeZone'>
> &
  TokenArgs;

const [seed, legacy, withoutPhotos, updated] = toArticles([
  seedItem,
  legacyCaptionsItem,
  withoutPhotosItem,
  updatedItem,
]);
const related = toArticles(relatedItems);

/** The report with every control applied; `speech` stands in for the browser's speech engine (read aloud). */
const report = (args: Args, speech?: ScriptedSpeech) =>
  html`<party-news-report
    ${controlled(args)}
    .article=${args.article}
    .related=${args.related}
    .speechEngine=${speech ?? globalThis.speechSynthesis}
  ></party-news-report>`;

const meta: Meta<Args> = {
  title: 'Elements/Report',
  component: 'party-news-report',
  args: { article: seed, related, headingLevel: 1 },
  render: (args) => report(args),
};
export default meta;
type Story = StoryObj<Args>;

export const SeedArticle: Story = {
  name: 'Bài có ảnh và chú thích',
  parameters: about(
    'Article with photos and captions',
    'The reference report: breadcrumb, title, dateline, sapo, two captioned photos, byline, tags and related news.',
  ),
};
export const LegacyCmsCaptions: Story = {
  name: 'Chú thích ảnh kiểu CMS cũ',
  args: { article: legacy, related: [] },
  parameters: about(
    'Captions as older CMSs write them',
    'A one-image table and an image paragraph with a centred italic caption, both shown as captioned photos.',
  ),
};
export const WithoutPhotos: Story = {
  name: 'Bài không có ảnh',
  args: { article: withoutPhotos, related: related.slice(0, 2) },
  parameters: about('Article without photos', 'Text only, with two related articles.'),
};
export const InEnglish: Story = {
  name: 'Giao diện tiếng Anh',
  args: { lang: 'en' },
  parameters: about(
    'English interface',
    '`lang="en"`: buttons and dates in English; the article keeps its Vietnamese text and `lang`.',
  ),
};

const TEXT_SIZE_KEY = 'party-news:text-size';
/** Plain clicks inside the report's shadow root (no test library needed, so the test suite runs these too). */
const clickIn = async (canvas: HTMLElement, selector: string) => {
  const report = canvas.querySelector('party-news-report')!;
  await report.updateComplete;
  report.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
  await report.updateComplete;
};

// The size is remembered, so this story puts it back afterwards.
export const LargerText: Story = {
  name: 'Chữ to hơn',
  parameters: about('Larger text', 'The reader tools’ A+ pressed twice: the article at 130 %.'),
  beforeEach: () => {
    localStorage.removeItem(TEXT_SIZE_KEY);
    return () => localStorage.removeItem(TEXT_SIZE_KEY);
  },
  play: async ({ canvasElement }) => {
    await clickIn(canvasElement, '.tool-group .tool:nth-of-type(2)');
    await clickIn(canvasElement, '.tool-group .tool:nth-of-type(2)');
  },
};

export const PhotoViewer: Story = {
  name: 'Xem ảnh phóng to',
  parameters: about(
    'Photo viewer',
    'Opened on the second photo: caption, previous and next, Escape or "Đóng" to close.',
  ),
  play: async ({ canvasElement }) => clickIn(canvasElement, '.zoom[data-photo="1"]'),
};

export const Updated: Story = {
  name: 'Bài đã cập nhật',
  args: { article: updated },
  parameters: about(
    'Updated article',
    'Corrected after publication: the dateline shows both times, "Đăng" and "Cập nhật".',
  ),
};

export const Undated: Story = {
  name: 'Bài không ghi ngày',
  args: { article: undatedArticle, related: related.slice(0, 2) },
  parameters: about('Undated article', 'An RSS item that came without a date: no dateline, and nothing else lost.'),
};

// Both answers are announced (role="status").
export const CopyLinkConfirmation: Story = {
  name: 'Đã sao chép liên kết',
  parameters: about(
    'Link copied',
    '"Sao chép liên kết" pressed: the row says the link was copied or, where the browser refuses the clipboard, shows it to copy by hand.',
  ),
  play: async ({ canvasElement }) => {
    await clickIn(canvasElement, '.share button.tool');
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
const readAloud = (
  script: SpeechScript,
  description: ReturnType<typeof about>,
  shows: (report: PartyNewsReport) => boolean,
): Story => ({
  render: (args) => report(args, new ScriptedSpeech(script)),
  parameters: { docs: { ...description.docs, story: { autoplay: true } } },
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

// Each name is written in the export itself, where Storybook's indexer reads it for the sidebar.
export const ReadAloudPlaying: Story = {
  name: 'Đang đọc bài',
  ...readAloud(
    'play',
    about(
      'Reading aloud',
      '"Tạm dừng" and "Dừng đọc" in place of "Đọc bài", as a reader sees them while the article is read.',
    ),
    (report) => ['Tạm dừng', 'Pause'].some((name) => buttons(report).includes(name)),
  ),
};

// Firefox ESR, which has no `not-allowed` error code, fires its own bare error event instead.
export const ReadAloudRefused: Story = {
  name: 'Trình duyệt không cho đọc',
  ...readAloud(
    'refuse',
    about(
      'Read aloud refused',
      'The browser refused to speak: the reader is told so plainly (role="status"), and "Đọc bài" is back.',
    ),
    (report) => Boolean(report.shadowRoot!.querySelector('.speech-status')?.textContent),
  ),
};
