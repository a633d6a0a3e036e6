/** Causative verbs, whose object is what moved ("pushed X 3 percent lower", ", sending its shares up 4%"), in the forms the grammars read. */

/** Base, past, -ing and third-person forms of the causative verbs read in every form. */
const CAUSATIVES = [
  ['push', 'pushed', 'pushing', 'pushes'],
  ['lift', 'lifted', 'lifting', 'lifts'],
  ['send', 'sent', 'sending', 'sends'],
  ['drive', 'drove', 'driving', 'drives'],
  ['drag', 'dragged', 'dragging', 'drags'],
  ['knock', 'knocked', 'knocking', 'knocks'],
  ['boost', 'boosted', 'boosting', 'boosts'],
  ['pull', 'pulled', 'pulling', 'pulls'],
];

/**
 * Verb forms whose object moved: "pushed Credit Agricole 3 percent lower", "powered X 5% higher", "leaving its
 * shares 2% lower". "power", "propel" and "leave" only in their past and -ing forms (the others are nouns or other senses).
 */
export const OBJECT_MOVING_VERBS: ReadonlySet<string> = new Set([...CAUSATIVES.flat(), 'powered', 'powering', 'propelled', 'propelling', 'left', 'leaving']);

/** Base forms after a modal, a forecast rather than a move: "could drive X's shares up 25%", "would take the stock down". */
export const CAUSATIVE_VERBS: ReadonlySet<string> = new Set([...CAUSATIVES.map(([base]) => base), 'take']);

/** -ing forms opening a participle clause whose object moved (", sending its shares soaring 37%", ", helping …", ", taking …"). */
export const CAUSATIVE_PARTICIPLES: ReadonlySet<string> = new Set([...[...OBJECT_MOVING_VERBS].filter((w) => w.endsWith('ing')), 'helping', 'taking']);
