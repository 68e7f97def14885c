/**
 * The questions an essay asks and the answers readers give. `AnswerValue` and `AnswerMessage` are the
 * contract with the live class (src/lib/questions/answer.ts checks them as they arrive): a
 * student's device makes an AnswerMessage, the server relays it, the teacher's screen renders a list.
 */

/** What a reader answered. */
export type AnswerValue =
  /** A tap on the map; finite, within the map's extent. */
  | { kind: 'place'; lng: number; lat: number }
  /** The index of the option chosen; an integer 0…9. */
  | { kind: 'choose'; option: number }
  /** Minutes since the map's timeline epoch; finite. */
  | { kind: 'when'; t: number };

/** One answer as it travels from a device to the teacher. */
export interface AnswerMessage {
  /** `[A-Za-z0-9-]{8,40}`, made on the device; duplicates (an offline resend) count once. */
  answerId: string;
  /** `[a-z0-9-]{1,64}`: the question's id. */
  questionId: string;
  value: AnswerValue;
}

/** The fields every question has. */
interface QuestionBase {
  /** `[a-z0-9-]{1,64}`, unique in the essay. */
  id: string;
  /** What the reader is asked, as plain text. */
  prompt: string;
  /** The map the question is asked on (`petrograd`, `brest-litovsk`). */
  map: string;
  /** The line of the essay file the question's block starts on (1-based). */
  line: number;
  /** The block as written (with its id), kept so that an exported essay asks the same. */
  source: string;
}

/** Find the place: the answer is a map feature, scored by distance. */
export interface PlaceQuestion extends QuestionBase {
  kind: 'place';
  /** A feature reference (`site:smolny`). */
  answer: string;
  /** How far off (metres) still counts as right. */
  toleranceM: number;
}

/** Choose one of two to ten options. */
export interface ChooseQuestion extends QuestionBase {
  kind: 'choose';
  options: string[];
  /** The index of the right option. */
  answer: number;
}

/** When did it happen: the answer is a moment, scored by time off. */
export interface WhenQuestion extends QuestionBase {
  kind: 'when';
  /** The moment as written in the essay (`1917-10-25 Julian`), kept for messages and export. */
  answerText: string;
  /** The moment as milliseconds since 1970 (UTC, Gregorian). */
  answer: number;
  /** How far off (minutes) still counts as right. */
  toleranceMin: number;
}

export type Question = PlaceQuestion | ChooseQuestion | WhenQuestion;

/** How one answer scored. */
export interface AnswerResult {
  correct: boolean;
  /** Off, but within twice the tolerance. */
  partial: boolean;
  /** A sentence for the reader: “412 m from the Smolny Institute”. */
  message: string;
}
