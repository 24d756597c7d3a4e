/**
 * Decluttering before Readability, on the working copy: cut furniture out and leave a comment
 * marker in its place. After Readability, the markers that survive inside the article tell which
 * removed blocks were part of the article container (those are reported to the user; the rest,
 * like site navigation, Readability would have dropped anyway).
 */
import type { RemovedKind } from '../types';
import { COMMENT_NODE, walk } from '../walk';
import { collectBlocks, type PageBlocks } from './block-stats';
import { decide } from './decide';
import { captureStandfirst, rescueContent } from './rescue';

export interface CutBlock {
  id: number;
  kind: RemovedKind;
  heading: string;
  textLength: number;
  linkCount: number;
  /** The detached nodes, in document order (a preceding heading, then the block). */
  nodes: Element[];
}

const MARKER_PREFIX = 'readside-removed:';

export interface Decluttered {
  cut: CutBlock[];
  /** A copy of the standfirst found before the article body (placed by the caller if Readability lost it). */
  standfirst: Element | null;
}

/**
 * Cuts furniture out of `doc` (a working copy: it is mutated), then makes sure Readability will
 * keep real content it tends to drop. Returns what was cut and the standfirst. `blocks` is the
 * body's `collectBlocks` result when the caller already has it (extraction gathers it together
 * with detection's statistics).
 */
export function declutterDocument(doc: Document, pageUrl: string, blocks?: PageBlocks): Decluttered {
  const body = doc.body;
  if (!body) return { cut: [], standfirst: null };
  const page = blocks ?? collectBlocks(body);
  const decisions = decide(page, pageUrl).sort((a, b) => a.block.index - b.block.index);
  const cut = decisions.map((d, id) => {
    const followers = d.followers ?? [];
    const nodes = [...(d.precedingHeading ? [d.precedingHeading] : []), d.block.el, ...followers];
    const first = nodes[0]!;
    first.parentNode?.insertBefore(doc.createComment(`${MARKER_PREFIX}${id}`), first);
    for (const node of nodes) node.remove();
    const chars = (el: Element) => (el.textContent ?? '').trim().length;
    const headingChars = d.precedingHeading ? chars(d.precedingHeading) : 0;
    const followerChars = followers.reduce((total, el) => total + chars(el), 0);
    const followerLinks = followers.reduce((total, el) => total + el.getElementsByTagName('a').length, 0);
    return {
      id,
      kind: d.kind,
      heading: d.heading.slice(0, 200),
      textLength: d.block.text + headingChars + followerChars,
      linkCount: d.block.links + followerLinks,
      nodes,
    };
  });
  const standfirst = captureStandfirst(page);
  rescueContent(page);
  return { cut, standfirst };
}

/** Removes the markers from `root` and returns the ids of the cut blocks they stood for. */
export function takeMarkers(root: Node): Set<number> {
  const ids = new Set<number>();
  const markers: Node[] = [];
  walk(root, {
    enter(node) {
      if (node.nodeType === COMMENT_NODE) {
        const data = node.nodeValue ?? '';
        if (data.startsWith(MARKER_PREFIX)) {
          ids.add(Number(data.slice(MARKER_PREFIX.length)));
          markers.push(node);
        }
        return false;
      }
      return node.nodeType === 1;
    },
  });
  for (const marker of markers) marker.parentNode?.removeChild(marker);
  return ids;
}
