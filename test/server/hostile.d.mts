// Types for hostile.mjs, which the browser tests import beside the test server.
export const PATTERNS: Record<string, string | ((i: number) => string)>;
export const FORMATS: string[];
export function payload(pattern: string, bytes: number): string;
export function hostileFeed(format: string, texts: string[], all?: boolean): { type: string; body: string };
export function mixedTexts(bytes: number): string[];
