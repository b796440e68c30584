import { expect } from '@open-wc/testing';

import { isDateline, opensWithPhoto, withoutRepeatedHead } from '../../src/model/bodies/body-head.js';
import { sanitizeToFragment } from '../../src/model/bodies/sanitize.js';
import { firstSentences, SAPO_LENGTH, sapoOf } from '../../src/model/bodies/sapo.js';

const LEAD = 'Ngày 23/3, Đảng ủy tổ chức Hội nghị sinh hoạt chuyên đề với chủ đề "tự soi, tự sửa".';
const PHOTO = '<p style="text-align:center"><img src="/fixtures/images/hoi-nghi-phat-bieu.svg" alt=""></p>';
const CAPTION = '<p style="text-align:center"><em>Đồng chí Bí thư phát biểu tại Hội nghị</em></p>';
const BODY = '<p>Phát biểu khai mạc, đồng chí Bí thư nhấn mạnh ý nghĩa của đợt sinh hoạt.</p>';
const BYLINE = '<p style="text-align:right"><strong>Thu Giang</strong></p>';

describe('sapoOf: the lead of a description that holds the whole article', () => {
  it('takes a bold lead paragraph, never the caption or the byline', () => {
    expect(sapoOf(`<p><strong>${LEAD}</strong></p>${PHOTO}${CAPTION}${BODY}${BYLINE}`)).to.deep.equal({
      text: LEAD,
      from: 'bold lead paragraph',
    });
    expect(sapoOf(`<p style="font-weight: bold">${LEAD}</p>${BODY}`)?.from).to.equal('bold lead paragraph');
    expect(sapoOf(`<h2>${LEAD}</h2>${BODY}`)?.from).to.equal('bold lead paragraph');
  });

  it('passes over a photo and its caption that open the article', () => {
    expect(sapoOf(`${PHOTO}${CAPTION}<p>${LEAD}</p>${BODY}`)).to.deep.equal({ text: LEAD, from: 'first paragraph' });
    const table =
      '<table><tr><td><img src="/fixtures/images/hoi-nghi-phat-bieu.svg"></td></tr><tr><td>Quang cảnh Hội nghị</td></tr></table>';
    expect(sapoOf(`${table}<p>${LEAD}</p>`)?.text).to.equal(LEAD);
  });

  it('takes the first sentences of a long first paragraph, up to about 300 characters', () => {
    const sentence = 'Các đảng viên thẳng thắn nhận diện hạn chế của bản thân và đề xuất giải pháp khắc phục.';
    const long = `${LEAD} ${sentence} ${sentence} ${sentence} ${sentence}`;
    const sapo = sapoOf(`<p>${long}</p>${BODY}`)!;
    expect(sapo.from).to.equal('first sentences');
    expect(sapo.text.length).to.be.at.most(SAPO_LENGTH);
    expect(long.startsWith(sapo.text)).to.equal(true);
    expect(sapo.text).to.match(/\.$/);
  });

  it('is undefined for a teaser: one paragraph, a thumbnail beside its text, or plain text', () => {
    expect(sapoOf(`<p>${LEAD}</p>`)).to.equal(undefined);
    expect(sapoOf(`<a href="/x"><img src="/fixtures/images/a.svg" align="left"></a>${LEAD}`)).to.equal(undefined);
    expect(sapoOf(LEAD)).to.equal(undefined);
    expect(sapoOf(undefined)).to.equal(undefined);
    expect(sapoOf('<p>&nbsp;</p><p></p>')).to.equal(undefined);
  });

  it('runs nothing it reads', () => {
    const w = window as unknown as { sapoRan?: boolean };
    sapoOf(`<p><img src="x:" onerror="window.sapoRan=true"><strong>${LEAD}</strong></p>${BODY}`);
    expect(w.sapoRan).to.equal(undefined);
  });
});

describe('firstSentences', () => {
  it('ends at a sentence, not inside "03/3/2022" or "TP. HCM" followed by a lower-case word', () => {
    const text = `Thực hiện Hướng dẫn số 14-HD/ĐUK ngày 03/3/2022 của Đảng ủy Khối. ${'Nội dung hội nghị. '.repeat(30)}`;
    expect(firstSentences(text, 100)).to.equal(
      'Thực hiện Hướng dẫn số 14-HD/ĐUK ngày 03/3/2022 của Đảng ủy Khối. Nội dung hội nghị.',
    );
  });

  it('cuts a first sentence longer than the limit at a word, with …', () => {
    const cut = firstSentences('chữ '.repeat(200).trim(), 50);
    expect(cut).to.match(/^(chữ )+chữ…$/);
    expect(cut.length).to.be.at.most(51);
  });
});

describe('withoutRepeatedHead: a body that repeats the article head', () => {
  const TITLE = 'Đảng ủy xã Tân Thanh ra mắt mô hình "Dân vận khéo"';
  const SAPO = 'Đảng ủy xã Tân Thanh vừa ra mắt mô hình "Dân vận khéo".';
  const texts = (fragment: DocumentFragment) =>
    [...fragment.querySelectorAll('p, h2, figcaption, time')].map((el) => el.textContent!.trim());

  it('drops the title, sapo and dateline of an Instant Articles header, keeping its photo and caption', () => {
    const body = sanitizeToFragment(
      `<!doctype html><html><head><title>${TITLE}</title></head><body><article><header>` +
        '<figure><img src="/fixtures/images/a.svg"><figcaption>Lãnh đạo xã trao giấy chứng nhận</figcaption></figure>' +
        `<h1>${TITLE}</h1><h2>${SAPO}</h2><time datetime="2026-09-14T09:30:00+07:00">14/09/2026 09:30</time>` +
        '</header><p>Mô hình do Ban Dân vận chủ trì.</p><p>Xã phấn đấu xây dựng thêm ba mô hình.</p></article></body></html>',
    );
    withoutRepeatedHead(body, { title: TITLE, summary: SAPO });
    expect(texts(body)).to.deep.equal([
      'Lãnh đạo xã trao giấy chứng nhận',
      'Mô hình do Ban Dân vận chủ trì.',
      'Xã phấn đấu xây dựng thêm ba mô hình.',
    ]);
    expect(body.textContent).not.to.contain(TITLE);
    expect(opensWithPhoto(body)).to.equal(true);
  });

  it('drops a body that opens with the title and a dateline, and stops at the first new text', () => {
    const body = sanitizeToFragment(
      `<p><strong>${TITLE}</strong></p><p>Thứ Hai, 14/09/2026 - 09:30 (GMT+7)</p><p>Mô hình mới.</p><p>${TITLE}</p>`,
    );
    withoutRepeatedHead(body, { title: TITLE });
    expect(texts(body)).to.deep.equal(['Mô hình mới.', TITLE]);
    expect(opensWithPhoto(body)).to.equal(false);
  });

  it('reads a dateline as dates and their labels only', () => {
    expect(isDateline('30-03-2022 11:32')).to.equal(true);
    expect(isDateline('Cập nhật: 9/16/2026 10:30:00 AM')).to.equal(true);
    expect(isDateline('Thứ tư, 30/03/2022 | 11:32 GMT+7')).to.equal(true);
    expect(isDateline('Ngày 30/3/2022, Chi bộ họp')).to.equal(false);
    expect(isDateline('Hội nghị')).to.equal(false);
  });
});
