/**
 * Characters that change how the text around them reads without being seen: bidi overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) that reorder a name so it reads as another, zero-width spaces and joiners
 * (U+200B–U+200F, U+2060, U+FEFF) that make two different names look alike, the soft hyphen, the tag characters
 * that smuggle ASCII, and every other format character (Unicode category Cf); line and paragraph separators
 * (U+2028, U+2029) that break a line where no line break shows; and the Hangul fillers that render as blanks.
 *
 * An emoji written with joiners (👩‍👩‍👧) or a subdivision flag (🏴 with tags) keeps them: there they draw one picture.
 */
const PICTOGRAPH = String.raw`\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?`;
const EMOJI_SEQUENCE = String.raw`${PICTOGRAPH}(?:\u200D${PICTOGRAPH})+|\u{1F3F4}[\u{E0061}-\u{E007A}]{2,6}\u{E007F}`;
const INVISIBLE = new RegExp(String.raw`(${EMOJI_SEQUENCE})|[\p{Cf}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0]`, 'gu');

/** The character as `\u{202E}`: visible, and naming what was there. */
function codePointText(char: string): string {
  return `\\u{${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}}`;
}

/** Text with every invisible format character shown as its code point (`\u{202E}`), so nothing hides in a name. */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (char, emoji: string | undefined) => (emoji !== undefined ? emoji : codePointText(char)));
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TERMINAL_CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * Untrusted text (names, values, paths) for a terminal: C0 and C1 controls and DEL, which would move the cursor,
 * colour the screen or start an escape sequence, as "?"; invisible format characters as their code points.
 */
export function terminalText(text: string): string {
  return showInvisible(text.replace(TERMINAL_CONTROL, '?'));
}
