/**
 * Direction words: which verbs, particles and nouns say a price went up (+1) or down (−1).
 * Neutral verbs ("edged", "ended", "was") take their sign from a particle ("up", "down") or
 * from "higher"/"lower" after the number.
 */

/** Verbs (all inflections listed) that carry a sign by themselves. */
// null-prototype maps: a word such as "constructor" must not find Object.prototype members
const VERBS: Record<string, 1 | -1> = Object.create(null);
const up = 'rose rise rises rising risen gained gain gains gaining climbed climb climbs climbing jumped jump jumps jumping soared soar soars soaring surged surge surges surging advanced advance advances advancing rallied rally rallies rallying firmed firm firms firming added adds adding grew grow grows growing increased increase increases increasing skyrocketed skyrockets rocketed spiked spikes leapt leaped leap leaps leaping appreciated appreciates appreciating strengthened strengthens rebounded rebound rebounds rebounding recovered recovers bounced popped zoomed lifted lifting lifts climbed outperformed sprang shot';
const down = 'fell fall falls falling fallen slid slide slides sliding slipped slip slips slipping tumbled tumble tumbles tumbling shed sheds shedding eased ease eases easing dropped drop drops dropping lost lose loses losing declined decline declines declining slumped slump slumps slumping sank sink sinks sinking plunged plunge plunges plunging plummeted plummets dipped dip dips dipping erased erases erasing retreated retreat retreats retreating skidded skid skids weakened weakens weakening depreciated depreciates crashed tanked sagged sags slumped tumbled shrank contracted dive dives dived diving dove nosedived';
for (const w of up.split(' ')) VERBS[w] = 1;
for (const w of down.split(' ')) VERBS[w] = -1;

/** Verbs that need a particle ("edged up") or "higher"/"lower" ("edged 0.04% higher"). */
const NEUTRAL_VERBS = new Set([
  'end', 'finish', 'edged', 'edges', 'edging', 'inched', 'inches', 'inching', 'ticked', 'ticks', 'ticking', 'ended', 'ends', 'ending',
  'close', 'closed', 'closes', 'closing', 'settle', 'finished', 'finishes', 'finishing', 'went', 'goes', 'going', 'was', 'were', 'is', 'are',
  'traded', 'trading', 'trades', 'moved', 'moves', 'opened', 'opens', 'settled', 'settles', 'stood', 'been', 'be',
  'remained', 'remains', 'remaining', 'stayed', 'stays', 'staying',
  'last', 'picked', 'marked', 'crept', 'creeping', 'nudged', 'turned', 'came', 'come', 'comes', 'headed',
]);

const PARTICLES: Record<string, 1 | -1> = Object.assign(Object.create(null), { up: 1, down: -1, higher: 1, lower: -1, off: -1, firmer: 1, stronger: 1, weaker: -1, softer: -1 });

/** Nouns naming a move: "a 10% surge in Sony", "the market's gain of 1.05%". */
const NOUNS: Record<string, 1 | -1> = Object.create(null);
const upNouns = 'gain gains rise rises jump jumps surge surges rally rallies advance advances increase increases climb climbs leap leaps rebound rebounds appreciation upswing uptick spike';
const downNouns = 'fall falls drop drops decline declines loss losses slide slides slump slumps plunge plunges tumble tumbles dip dips retreat retreats depreciation decrease decreases selloff sell-off downturn correction';
for (const w of upNouns.split(' ')) NOUNS[w] = 1;
for (const w of downNouns.split(' ')) NOUNS[w] = -1;

/**
 * The sign of a direction verb: +1 for "rose", −1 for "fell", undefined otherwise.
 *
 * @example
 * verbSign('tumbled'); // => -1
 */
export function verbSign(word: string): 1 | -1 | undefined {
  return (verbSigns ??= signMap(VERBS)).get(word);
}

/**
 * The sign tables as Maps, built on first use: a keyed read of a null-prototype object with a
 * lower-cased token (not an internalised string) takes V8's slow path, and these run on every token.
 */
let verbSigns: Map<string, 1 | -1> | undefined;
let particleSigns: Map<string, 1 | -1> | undefined;
let nounSigns: Map<string, 1 | -1> | undefined;
function signMap(table: Record<string, 1 | -1>): Map<string, 1 | -1> {
  return new Map(Object.entries(table));
}

/** Whether `word` is a verb that moves only with a particle or "higher"/"lower" ("edged", "ended", "was"). */
export function isNeutralVerb(word: string): boolean {
  return NEUTRAL_VERBS.has(word);
}

/**
 * The sign of a particle or comparative: "up"/"higher" +1, "down"/"lower"/"off" −1.
 *
 * @example
 * particleSign('lower'); // => -1
 */
export function particleSign(word: string): 1 | -1 | undefined {
  return (particleSigns ??= signMap(PARTICLES)).get(word);
}

/**
 * The sign of a move noun: "gain" +1, "drop" −1.
 *
 * @example
 * nounSign('surge'); // => 1
 */
export function nounSign(word: string): 1 | -1 | undefined {
  return (nounSigns ??= signMap(NOUNS)).get(word);
}

/** Verbs whose object is a gain or loss they reduce or extend: "pared gains to 0.4%", "extended losses to 3%". */
const PARE_VERBS = new Set(['pared', 'pares', 'paring', 'trimmed', 'trims', 'trimming', 'cut', 'cuts', 'cutting', 'narrowed', 'narrows', 'narrowing',
  'reduced', 'reduces', 'reducing', 'extended', 'extends', 'extending', 'stretched', 'deepened', 'deepens', 'deepening', 'erased', 'erases', 'erasing', 'wiped', 'gave', 'giving', 'gives']);

/**
 * Whether `word` reduces or extends a gain or loss named after it ("pared", "trimmed", "extended"):
 * the move's sign is then the sign of that noun ("pared gains to 0.4%" is +0.4%).
 *
 * @example
 * isPareVerb('pared'); // => true
 */
export function isPareVerb(word: string): boolean {
  return PARE_VERBS.has(word);
}

/** Verbs before "up"/"back" that make the phrase a fall: "gave up 1.5%", "gave back 2%". */
const GIVE_VERBS = new Set(['gave', 'give', 'gives', 'giving', 'given']);

/**
 * The sign of a verb followed by a particle, when the pair is an idiom: "gave up" and "gave back" are
 * falls (−1), whatever "up" says alone; undefined for other pairs.
 *
 * @example
 * phrasalSign('gave', 'up'); // => -1
 * phrasalSign('put', 'on'); // => 1
 */
export function phrasalSign(verb: string, particle: string): 1 | -1 | undefined {
  if (GIVE_VERBS.has(verb) && (particle === 'up' || particle === 'back')) return -1;
  // "the blue-chip Dow .DJI put on 1.1 percent": a gain
  if ((verb === 'put' || verb === 'puts' || verb === 'putting') && particle === 'on') return 1;
  return undefined;
}

/**
 * The direction a single word gives a price move: +1 for a rise ("rose", "gain", "up", "higher"),
 * −1 for a fall ("fell", "shed", "loss", "down", "lower"), undefined when the word carries no sign
 * ("moved", "ended", "the"). Verbs, move nouns and particles are one vocabulary: the extractor's
 * (see {@link verbSign}, {@link nounSign}, {@link particleSign}).
 *
 * @example
 * directionOf('tumbled'); // => -1
 * directionOf('gains'); // => 1
 * directionOf('moved'); // => undefined
 */
export function directionOf(word: string): 1 | -1 | undefined {
  const lower = word.toLowerCase();
  return VERBS[lower] ?? NOUNS[lower] ?? PARTICLES[lower];
}
