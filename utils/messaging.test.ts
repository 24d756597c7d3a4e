import { describe, expect, it } from 'vitest';
import { isOwnContentScript, isTrustedSender } from './messaging';

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

describe('isOwnContentScript', () => {
  it('accepts our content script in a web tab', () => {
    expect(isOwnContentScript({ id: ID, url: 'https://news.example/a', tab: { id: 4 } }, ID)).toBe(true);
  });
  it('refuses extension pages, other extensions and tab-less senders', () => {
    expect(isOwnContentScript({ id: ID, url: `${ORIGIN}popup.html` }, ID)).toBe(false);
    expect(isOwnContentScript({ id: 'other', url: 'https://news.example/a', tab: { id: 4 } }, ID)).toBe(false);
    expect(isOwnContentScript({ id: ID, url: 'https://news.example/a' }, ID)).toBe(false);
    expect(isOwnContentScript({ id: ID, url: `${ORIGIN}x.html`, tab: { id: 4 } }, ID)).toBe(false);
  });
});
