import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './messaging';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('isTrustedSender', () => {
  it('accepts our own extension pages', () => {
    expect(isTrustedSender({ id: ID, url: `${ORIGIN}sidepanel.html` }, ID, ORIGIN)).toBe(true);
  });
  it('refuses other extensions', () => {
    expect(isTrustedSender({ id: 'other', url: `${ORIGIN}sidepanel.html` }, ID, ORIGIN)).toBe(false);
  });
  it('refuses our content script running in a web page', () => {
    expect(isTrustedSender({ id: ID, url: 'https://evil.example/', tab: { id: 3 } }, ID, ORIGIN)).toBe(false);
  });
  it('refuses a sender without a URL', () => {
    expect(isTrustedSender({ id: ID }, ID, ORIGIN)).toBe(false);
  });
});
