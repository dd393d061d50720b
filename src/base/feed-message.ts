/**
 * One status message per feed: four widgets on a feed that cannot be loaded,
 * none with fallback content, say "The standpoint could not be loaded." once,
 * in the first of them, not four times in a row. The widgets that stay silent
 * keep their (empty) slot; widgets with fallback content show it as always.
 *
 * Each group is keyed by what is said and of which feed (`error
 * https://…/feed.json`). The speaker is the first member in document order;
 * a member that joins before it, or the speaker leaving, hands the message on
 * and asks only the two widgets concerned to render again.
 */
interface Speaker extends Element {
  requestUpdate(): void;
}

interface Group {
  members: Set<Speaker>;
  speaker: Speaker;
}

const groups = new Map<string, Group>();
const keyOf = new WeakMap<Speaker, string>();

/** Whether `a` comes before `b` in the same document or shadow tree. */
const precedes = (a: Speaker, b: Speaker) => Boolean(b.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_PRECEDING);

/**
 * Joins `element` to the group of `key` (leaving any other group) and says
 * whether it is the one that shows the message. No key: always itself.
 */
export function claimFeedMessage(element: Speaker, key: string | undefined): boolean {
  if (keyOf.get(element) !== key) releaseFeedMessage(element);
  // A render that runs after the element left the page must not hold it here.
  if (!key || !element.isConnected) return true;
  const group = groups.get(key);
  if (!group) {
    groups.set(key, { members: new Set([element]), speaker: element });
    keyOf.set(element, key);
    return true;
  }
  if (!group.members.has(element)) {
    group.members.add(element);
    keyOf.set(element, key);
    if (precedes(element, group.speaker)) {
      const previous = group.speaker;
      group.speaker = element;
      previous.requestUpdate();
    }
  }
  return group.speaker === element;
}

/** Leaves the element's group: it shows something else now, or left the page. */
export function releaseFeedMessage(element: Speaker): void {
  const key = keyOf.get(element);
  if (key === undefined) return;
  keyOf.delete(element);
  const group = groups.get(key);
  if (!group) return;
  group.members.delete(element);
  if (group.members.size === 0) {
    groups.delete(key);
    return;
  }
  if (group.speaker !== element) return;
  let first: Speaker | undefined;
  for (const member of group.members) if (!first || precedes(member, first)) first = member;
  group.speaker = first!;
  group.speaker.requestUpdate();
}
