import { expect } from '@open-wc/testing';

import { sanitizeToFragment } from '../../src/model/bodies/sanitize.js';
import { repeatsSummary, teaserOnce } from '../../src/model/bodies/teaser.js';

const SUMMARY = 'Chi bộ lựa chọn chủ đề nâng cao tinh thần trách nhiệm, nêu gương của đảng viên.';
const LEAD = 'https://example.gov.vn/anh/chi-bo.jpg';
const html = (fragment: DocumentFragment | undefined) => {
  const holder = document.createElement('div');
  if (fragment) holder.append(fragment);
  return holder.innerHTML;
};
const once = (summary: string | undefined, body: string, lead?: string) => {
  const result = teaserOnce(summary, sanitizeToFragment(body), lead);
  return { summary: result.summary, body: result.body && html(result.body) };
};

describe('repeatsSummary', () => {
  it('matches the same text after whitespace and entities', () => {
    expect(repeatsSummary(`  ${SUMMARY.replace(/ /g, '\u00a0 ')} `, SUMMARY)).to.equal(true);
    expect(repeatsSummary('Tự soi, tự sửa &amp; nêu gương', 'Tự soi,   tự sửa & nêu gương')).to.equal(true);
  });

  it('matches a summary that is the opening cut short with … or ...', () => {
    expect(repeatsSummary(SUMMARY, 'Chi bộ lựa chọn chủ đề nâng cao …')).to.equal(true);
    expect(repeatsSummary(SUMMARY, 'Chi bộ lựa chọn chủ đề nâng ca...')).to.equal(true);
  });

  it('does not match different text, a longer summary, or an uncut prefix', () => {
    expect(repeatsSummary(SUMMARY, 'Đảng bộ tổng kết năm 2021.')).to.equal(false);
    expect(repeatsSummary('Chi bộ lựa chọn', `${SUMMARY}…`)).to.equal(false);
    expect(repeatsSummary(SUMMARY, 'Chi bộ lựa chọn chủ đề')).to.equal(false);
    expect(repeatsSummary(SUMMARY, '…')).to.equal(false);
    expect(repeatsSummary('', '')).to.equal(false);
  });
});

describe('teaserOnce', () => {
  it('drops a body that is only the summary', () => {
    expect(once(SUMMARY, `<p>${SUMMARY}</p>`)).to.deep.equal({ summary: SUMMARY, body: undefined });
    expect(once(SUMMARY, SUMMARY)).to.deep.equal({ summary: SUMMARY, body: undefined });
  });

  it('drops a first paragraph that repeats the summary, keeping the rest', () => {
    expect(once(SUMMARY, `<p>&nbsp;${SUMMARY}</p><p>Đoạn hai.</p>`)).to.deep.equal({
      summary: SUMMARY,
      body: '<p>Đoạn hai.</p>',
    });
  });

  it('shows a cut-short summary whole, from the paragraph it was cut from', () => {
    expect(once('Chi bộ lựa chọn chủ đề…', `<p>${SUMMARY}</p><p>Đoạn hai.</p>`)).to.deep.equal({
      summary: SUMMARY,
      body: '<p>Đoạn hai.</p>',
    });
  });

  it('drops the lead photo the teaser body repeats, so the lead shows it once', () => {
    expect(once(SUMMARY, `<p><img src="${LEAD}" alt=""></p><p>${SUMMARY}</p>`, LEAD)).to.deep.equal({
      summary: SUMMARY,
      body: undefined,
    });
    expect(once(SUMMARY, `<p><img src="${LEAD}" alt="">${SUMMARY}</p>`, LEAD)).to.deep.equal({
      summary: SUMMARY,
      body: undefined,
    });
  });

  it('keeps a body that says more, and any other photo', () => {
    const other =
      '<p><img src="https://example.gov.vn/anh/khac.jpg" alt="Ảnh khác" loading="lazy" decoding="async"></p>';
    expect(once(SUMMARY, `<p>${SUMMARY}</p>${other}`, LEAD).body).to.equal(other);
    expect(once(SUMMARY, `<p>Thực hiện kế hoạch, ${SUMMARY}</p>`).body).to.contain('Thực hiện kế hoạch');
    expect(once(undefined, `<p>${SUMMARY}</p>`).body).to.contain(SUMMARY);
  });
});
