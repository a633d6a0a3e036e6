// Compact event JSON encoded from the rows straight into a reused byte buffer: no object, string or UTF-8 pass per event.
import type { EventRows } from '../rows';

/** Events whose numbers are formatted by one JSON.stringify call. */
const SLICE = 256;
/** Room for one number's text: the longest a double prints as is 25 characters ("-0.0000012345678901234567"). */
const NUMBER_ROOM = 32;

/**
 * Writes events as the compact JSON of `JSON.stringify(eventRowJson(rows, i))`, byte for byte,
 * into a reused buffer handed to `out` when full (and by {@link flush}). Why: serialising a
 * short-lived object per event made ≈ 3.5 KB of garbage per event (the object, its arrays, the
 * stringified text, then its UTF-8 copy); here the only allocation is one array of numbers and its
 * text per {@link SLICE} events. Numbers are formatted by V8 exactly as JSON.stringify formats them
 * (the slice's numbers go through one `JSON.stringify(number[])`, whose text is copied piece by
 * piece: NaN and ±Infinity print as null, as `eventRowJson` makes them); texts of printable ASCII
 * without `"` or `\` are copied, any other text goes through JSON.stringify and UTF-8.
 *
 * @example
 * const chunks: Buffer[] = [];
 * const encoder = new EventJsonEncoder((bytes) => chunks.push(Buffer.from(bytes)), { first: '', before: '', after: '\n', type: true });
 * encoder.events(batch.rows, 0, batch.rows.count);
 * encoder.flush(); // Buffer.concat(chunks) is the events' JSON Lines, as jsonlWriter writes them
 */
export class EventJsonEncoder {
  private readonly buffer: Buffer;
  private used = 0;
  private text = '';
  private cursor = 0;

  /**
   * @param out receives full buffers (a view of the reused buffer: copy or write it before returning)
   * @param layout text around each event: `first` before the first one written, `before` before each
   *   later one (JSON: "\n" and ",\n"), `after` after each (JSON Lines: "\n"); `type` adds a leading
   *   `"type":"event"` field (JSON Lines)
   * @param size [size=64 KB] the buffer's size in bytes
   */
  constructor(
    private readonly out: (bytes: Uint8Array) => void,
    private readonly layout: { first: string; before: string; after: string; type: boolean },
    size = 1 << 16,
  ) {
    this.buffer = Buffer.allocUnsafe(Math.max(size, 1024));
  }

  /** Events written so far. */
  count = 0;

  /**
   * Encodes events `from` to `to − 1` (call {@link flush} before writing anything else to the same destination).
   *
   * @param rows the events
   * @param from first event
   * @param to one past the last
   */
  events(rows: EventRows, from: number, to: number): void {
    const { first, before, after, type } = this.layout;
    for (let start = from; start < to; start += SLICE) {
      const end = Math.min(start + SLICE, to);
      this.formatNumbers(rows, start, end);
      for (let i = start; i < end; i++) {
        this.ascii(this.count++ === 0 ? first : before);
        this.event(rows, i, type);
        if (after) this.ascii(after);
      }
    }
  }

  /** Hands what is buffered to `out`. */
  flush(): void {
    if (this.used === 0) return;
    const bytes = this.buffer.subarray(0, this.used);
    this.used = 0;
    this.out(bytes);
  }

  /** The numbers of events `from`..`to − 1` in the order {@link event} writes them, as one JSON array text. */
  private formatNumbers(rows: EventRows, from: number, to: number): void {
    const numbers: number[] = [];
    for (let i = from; i < to; i++) {
      numbers.push(rows.alpha(i), rows.beta(i), rows.sigma(i), rows.r2(i), rows.n(i));
      const days = rows.days(i);
      for (let d = 0; d < days; d++) numbers.push(rows.day(i, d), rows.ar(i, d), rows.tAr(i, d), rows.ret(i, d), rows.expected(i, d));
      numbers.push(rows.car(i), rows.bhar(i), rows.tCar(i), rows.pCar(i));
      if (rows.hasOverlaps(i)) numbers.push(rows.overlapEventWindows(i), rows.overlapInEstimation(i), rows.overlapInOthersEstimation(i));
    }
    this.text = JSON.stringify(numbers);
    this.cursor = 1;
  }

  /** One event, keys in `eventRowJson`'s order. */
  private event(rows: EventRows, i: number, type: boolean): void {
    this.ascii(type ? '{"type":"event","id":' : '{"id":');
    this.string(rows.id(i));
    this.ascii(',"stock":');
    this.string(rows.stock(i));
    this.ascii(',"event_date":');
    this.string(rows.eventDate(i));
    this.ascii(',"day0_date":');
    const day0 = rows.day0Date(i);
    if (day0 === undefined) this.ascii('null');
    else this.string(day0);
    const note = rows.note(i);
    if (note) {
      this.ascii(',"note":');
      this.string(note);
    }
    this.ascii(',"status":');
    this.string(rows.status(i));
    const reason = rows.reason(i);
    if (reason) {
      this.ascii(',"reason":');
      this.string(reason);
    }
    this.ascii(',"alpha":');
    this.number();
    this.ascii(',"beta":');
    this.number();
    const loadings = rows.factorLoadings(i);
    if (loadings) {
      this.ascii(',"factor_loadings":');
      this.json(JSON.stringify(loadings));
    }
    this.ascii(',"sigma":');
    this.number();
    this.ascii(',"r2":');
    this.number();
    this.ascii(',"n":');
    this.number();
    this.ascii(',"ar":[');
    const days = rows.days(i);
    for (let d = 0; d < days; d++) {
      this.ascii(d === 0 ? '{"day":' : ',{"day":');
      this.number();
      this.ascii(',"date":');
      this.string(rows.date(i, d));
      this.ascii(',"ar":');
      this.number();
      this.ascii(',"t_ar":');
      this.number();
      this.ascii(',"return":');
      this.number();
      this.ascii(',"expected_return":');
      this.number();
      this.ascii('}');
    }
    this.ascii('],"car":');
    this.number();
    this.ascii(',"bhar":');
    this.number();
    this.ascii(',"t_car":');
    this.number();
    this.ascii(',"p_car":');
    this.number();
    if (rows.hasOverlaps(i)) {
      this.ascii(',"overlaps":{"event_windows":');
      this.number();
      this.ascii(',"in_estimation":');
      this.number();
      this.ascii(',"in_others_estimation":');
      this.number();
      this.ascii('}');
    }
    this.ascii('}');
  }

  /** Makes room for `bytes` more bytes (flushing); false when they cannot fit even in an empty buffer. */
  private room(bytes: number): boolean {
    if (this.used + bytes > this.buffer.length) this.flush();
    return bytes <= this.buffer.length;
  }

  /** Text known to be ASCII (keys, punctuation). */
  private ascii(text: string): void {
    if (!this.room(text.length)) {
      this.out(Buffer.from(text, 'latin1'));
      return;
    }
    const buffer = this.buffer;
    let used = this.used;
    for (let k = 0; k < text.length; k++) buffer[used++] = text.charCodeAt(k);
    this.used = used;
  }

  /** The next number of the slice's text (up to its `,` or the closing `]`). */
  private number(): void {
    this.room(NUMBER_ROOM);
    const text = this.text;
    const buffer = this.buffer;
    let used = this.used;
    let k = this.cursor;
    for (let c = text.charCodeAt(k); c !== 44 && c !== 93; c = text.charCodeAt(++k)) buffer[used++] = c;
    this.cursor = k + 1;
    this.used = used;
  }

  /** A JSON string: copied when printable ASCII without `"` or `\`, else as JSON.stringify writes it. */
  private string(text: string): void {
    const length = text.length;
    if (this.room(length + 2)) {
      const buffer = this.buffer;
      let used = this.used;
      buffer[used++] = 34;
      let k = 0;
      for (; k < length; k++) {
        const c = text.charCodeAt(k);
        if (c < 32 || c > 126 || c === 34 || c === 92) break;
        buffer[used++] = c;
      }
      if (k === length) {
        buffer[used++] = 34;
        this.used = used;
        return;
      }
    }
    this.json(JSON.stringify(text));
  }

  /** JSON text of any characters, as UTF-8. */
  private json(text: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (this.room(text.length * 3)) this.used += this.buffer.write(text, this.used, 'utf8');
    else this.out(Buffer.from(text, 'utf8'));
  }
}
