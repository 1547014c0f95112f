/**
 * Control characters (C0, DEL, C1) and bidirectional controls as `\u` escapes. Text from a response, a file
 * or an argument is quoted in messages; it must not move a terminal's cursor, clear its screen or reorder
 * the line it is printed in, nor hide in the analysis page's tables.
 */
export function escapeControl(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- finding control characters is this function's job
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
