// Every piece of UI text, in Vietnamese (the default) and English. Templates never hold text.

export type Lang = 'vi' | 'en';

const vi = {
  breadcrumb: 'Chuyên mục',
  related: 'Tin liên quan',
  published: 'Đăng lúc',
  modified: 'Cập nhật',
  authors: 'Tác giả',
  tags: 'Từ khóa',
  photo: 'Ảnh',
};

export type MessageKey = keyof typeof vi;

const en: Record<MessageKey, string> = {
  breadcrumb: 'Section',
  related: 'Related news',
  published: 'Published',
  modified: 'Updated',
  authors: 'Author',
  tags: 'Tags',
  photo: 'Photo',
};

export const messages: Record<Lang, Record<MessageKey, string>> = { vi, en };

/** Reads any BCP 47 tag as one of the two supported languages: English for `en*`, else Vietnamese. */
export function toLang(tag: string | null | undefined): Lang {
  return tag && /^en\b/i.test(tag) ? 'en' : 'vi';
}

export function msg(lang: Lang, key: MessageKey): string {
  return messages[lang][key];
}
