// @vitest-environment jsdom
/**
 * Every vector of the shared XSS corpus (DOMPurify's test cases and the html5sec items) through the
 * sanitiser alone, through the render path (fragment), and through the extraction path
 * (Readability, then the sanitiser). The in-browser execution test is the e2e suite's.
 */
import { describe, expect, it } from 'vitest';
import { sanitizeHtml, sanitizeToFragment } from '../../utils/sanitize';
import {
  ARTICLE_URL,
  articlePage,
  findHazards,
  findHazardsInHtml,
  loadDompurifyVectors,
  loadH5scVectors,
  parseInert,
  readabilityContent,
  unfilledH5scPlaceholders,
  type XssVector,
} from '../support/xss-vectors';

const corpora = { DOMPurify: loadDompurifyVectors(), H5SC: loadH5scVectors() };
const total = corpora.DOMPurify.length + corpora.H5SC.length;
console.log(`XSS vectors tried: ${corpora.DOMPurify.length} DOMPurify + ${corpora.H5SC.length} H5SC = ${total}`);

const options = { baseUrl: ARTICLE_URL };

/** `check` returns hazard descriptions for one vector; the test lists every vector that has any. */
function failures(vectors: XssVector[], check: (vector: XssVector) => string[]): string[] {
  return vectors.flatMap((vector) => {
    const hazards = check(vector);
    return hazards.length ? [`${vector.id} ${vector.title}: ${hazards.join('; ')}`] : [];
  });
}

describe(`the shared XSS corpus (${total} vectors)`, () => {
  it(`loads ${corpora.DOMPurify.length} DOMPurify and ${corpora.H5SC.length} H5SC vectors, placeholders filled`, () => {
    expect(corpora.DOMPurify.length).toBeGreaterThanOrEqual(200);
    expect(corpora.H5SC.length).toBeGreaterThanOrEqual(140);
    expect(corpora.H5SC.flatMap((vector) => unfilledH5scPlaceholders(vector.payload))).toEqual([]);
    expect(corpora.H5SC.some((vector) => vector.payload.includes('javascript:alert(1)'))).toBe(true);
  });

  it('the checker finds hazards in the raw vectors, so it is able to fail', () => {
    const all = [...corpora.DOMPurify, ...corpora.H5SC];
    const dangerous = all.filter((vector) => findHazards(parseInert(vector.payload)).length > 0);
    console.log(`raw vectors with hazards the checker sees: ${dangerous.length}/${all.length}`);
    expect(dangerous.length).toBeGreaterThan(all.length / 2);
  });
});

for (const [name, vectors] of Object.entries(corpora)) {
  describe(`${name} vectors (${vectors.length})`, () => {
    const sanitized = new Map<XssVector, string>();
    const sanitizeOnce = (vector: XssVector) => {
      let html = sanitized.get(vector);
      if (html === undefined) {
        html = sanitizeHtml(vector.payload, options);
        sanitized.set(vector, html);
      }
      return html;
    };

    it('sanitizeHtml leaves no script, handler, bad scheme, forbidden element or style', () => {
      expect(failures(vectors, (vector) => findHazardsInHtml(sanitizeOnce(vector)))).toEqual([]);
    });

    it('sanitizeToFragment (the render path) leaves none either', () => {
      expect(failures(vectors, (vector) => findHazards(sanitizeToFragment(vector.payload, options)))).toEqual([]);
    });

    it('sanitising the output again changes nothing', () => {
      const changed = failures(vectors, (vector) => {
        const once = sanitizeOnce(vector);
        const twice = sanitizeHtml(once, options);
        return twice === once ? [] : [`${JSON.stringify(once)} -> ${JSON.stringify(twice)}`];
      });
      expect(changed).toEqual([]);
    });

    it('Readability then sanitizeHtml (the extraction path) leaves none', () => {
      let rawHazardous = 0;
      const found = failures(vectors, (vector) => {
        const content = readabilityContent(articlePage(vector.payload));
        if (content === null) return [];
        if (findHazardsInHtml(content).length > 0) rawHazardous++;
        return findHazardsInHtml(sanitizeHtml(content, options));
      });
      console.log(`${name}: Readability's own output had hazards for ${rawHazardous}/${vectors.length} vectors`);
      expect(found).toEqual([]);
      // Readability is not a sanitiser: if it ever stops passing hazards through, this path tests nothing.
      expect(rawHazardous).toBeGreaterThan(0);
    });
  });
}
