// Every piece of UI text, in Vietnamese (the default) and English. Templates never hold text.

export type Lang = 'vi' | 'en';

const vi = {
  breadcrumb: 'Chuyên mục',
  related: 'Tin liên quan',
  moreNews: 'Tin khác',
  published: 'Đăng lúc',
  modified: 'Cập nhật',
  authors: 'Tác giả',
  tags: 'Từ khóa',
  photo: 'Ảnh',
  loading: 'Đang tải tin…',
  loadMore: 'Xem thêm',
  showing: 'Đang hiển thị {shown}/{total} tin',
  search: 'Tìm tin',
  found: 'Tìm thấy {total} tin',
  noResults: 'Không tìm thấy tin phù hợp.',
  empty: 'Chưa có tin nào.',
  retry: 'Thử lại',
  back: 'Quay lại danh sách tin',
  errorCode: 'Mã lỗi',
  stale: 'Chưa tải được tin mới; đang hiển thị tin đã lưu lúc {time}.',
  network: 'Không kết nối được tới nguồn tin. Vui lòng kiểm tra kết nối mạng.',
  cors: 'Nguồn tin chưa cho phép trang này lấy tin. Vui lòng báo quản trị trang.',
  timeout: 'Nguồn tin không phản hồi kịp. Vui lòng thử lại sau.',
  http: 'Máy chủ nguồn tin báo lỗi, chưa tải được tin.',
  format: 'Nguồn tin không đúng định dạng, chưa hiển thị được.',
  textSize: 'Cỡ chữ',
  smaller: 'Giảm cỡ chữ',
  larger: 'Tăng cỡ chữ',
  sizeNow: 'Cỡ chữ {percent}%',
  tools: 'Công cụ',
  print: 'In bài',
  copyLink: 'Sao chép liên kết',
  copied: 'Đã sao chép liên kết',
  copyFailed: 'Chưa sao chép được. Liên kết bài: {url}',
  share: 'Chia sẻ',
  shareArticle: 'Chia sẻ bài viết',
  facebook: 'Chia sẻ lên Facebook',
  zalo: 'Chia sẻ qua Zalo',
  source: 'Nguồn',
  enlarge: 'Xem ảnh lớn: {alt}',
  viewer: 'Xem ảnh',
  previous: 'Ảnh trước',
  next: 'Ảnh sau',
  close: 'Đóng',
  readAloud: 'Đọc bài',
  pause: 'Tạm dừng',
  resume: 'Đọc tiếp',
  stop: 'Dừng đọc',
  speechFailed: 'Trình duyệt chưa đọc được bài này.',
};

export type MessageKey = keyof typeof vi;

const en: Record<MessageKey, string> = {
  breadcrumb: 'Section',
  related: 'Related news',
  moreNews: 'More news',
  published: 'Published',
  modified: 'Updated',
  authors: 'Author',
  tags: 'Tags',
  photo: 'Photo',
  loading: 'Loading news…',
  loadMore: 'Load more',
  showing: 'Showing {shown} of {total} articles',
  search: 'Search news',
  found: '{total} articles found',
  noResults: 'No matching news.',
  empty: 'No news yet.',
  retry: 'Try again',
  back: 'Back to the news list',
  errorCode: 'Error code',
  stale: 'Could not load the latest news; showing news saved at {time}.',
  network: 'The news source could not be reached. Please check your connection.',
  cors: 'The news source does not allow this site to load its news. Please tell the site’s administrators.',
  timeout: 'The news source did not answer in time. Please try again later.',
  http: 'The news source reported an error; the news could not be loaded.',
  format: 'The news source is not in a format that can be shown.',
  textSize: 'Text size',
  smaller: 'Smaller text',
  larger: 'Larger text',
  sizeNow: 'Text size {percent}%',
  tools: 'Tools',
  print: 'Print',
  copyLink: 'Copy link',
  copied: 'Link copied',
  copyFailed: 'Could not copy. The link: {url}',
  share: 'Share',
  shareArticle: 'Share this article',
  facebook: 'Share on Facebook',
  zalo: 'Share on Zalo',
  source: 'Source',
  enlarge: 'View larger: {alt}',
  viewer: 'Photo viewer',
  previous: 'Previous photo',
  next: 'Next photo',
  close: 'Close',
  readAloud: 'Read aloud',
  pause: 'Pause',
  resume: 'Resume',
  stop: 'Stop reading',
  speechFailed: 'This browser could not read the article aloud.',
};

export const messages: Record<Lang, Record<MessageKey, string>> = { vi, en };

/** Reads any BCP 47 tag as one of the two supported languages: English for `en*`, else Vietnamese. */
export function toLang(tag: string | null | undefined): Lang {
  return tag && /^en\b/i.test(tag) ? 'en' : 'vi';
}

/** The message for `key`, with `{name}` placeholders filled from `values`. */
export function msg(lang: Lang, key: MessageKey, values: Record<string, string | number> = {}): string {
  return messages[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}
