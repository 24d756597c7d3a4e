// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isAuthorTagline, removeAuthorTagline } from './author-tagline';

describe('author taglines', () => {
  it('recognises the byline with a role', () => {
    expect(isAuthorTagline('Marcus Delaney is a staff writer for Valley Voice.', 'Marcus Delaney')).toBe(true);
    expect(isAuthorTagline('Corey Kilgannon is a metro reporter.', 'Corey Kilgannon')).toBe(true);
    expect(isAuthorTagline('Marcus Delaney walked to the station.', 'Marcus Delaney')).toBe(false);
    expect(isAuthorTagline('She is a staff writer.', null)).toBe(false);
  });

  it('removes only a tagline among the last blocks', () => {
    const div = document.createElement('div');
    div.innerHTML = `<p>Marcus Delaney is a writer, said the editor in the first paragraph.</p>${'<p>Body text.</p>'.repeat(4)}<p><em>Marcus Delaney is a staff writer for Valley Voice.</em></p>`;
    const removed = removeAuthorTagline(div, 'Marcus Delaney');
    expect(removed).toHaveLength(1);
    expect(div.querySelectorAll('p')).toHaveLength(5);
    expect(div.firstElementChild?.textContent).toContain('said the editor');
  });
});
