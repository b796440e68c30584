declare const __PARTY_NEWS_VERSION__: string;

/** The package version, written in at build time. */
export const version: string = typeof __PARTY_NEWS_VERSION__ === 'string' ? __PARTY_NEWS_VERSION__ : 'dev';
