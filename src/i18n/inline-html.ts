import { escape } from 'html-escaper';
import { fill } from './catalogue.ts';

/** `code`, *emphasis*, _a cited title_, or [text]({name}): a link whose address is the value `name`. */
const INLINE = /`([^`]+)`|\*([^*]+)\*|_([^_]+)_|\[([^\]]+)\]\(\{([A-Za-z_][A-Za-z0-9_]*)\}\)/g;

/** Links to pages published in English only, by the name of their address, and the note that says so. */
export interface EnglishOnlyLinks {
  names: readonly string[];
  /** e.g. "(en inglés)", put after each such link. */
  note: string;
}

/**
 * A catalogue message with its inline markup (above) made into HTML and its `{name}` placeholders filled in,
 * every text and value escaped: the markup comes only from this site's own catalogues, never from a
 * respondent or a URL, so a sentence with code or a link in it stays one message a translator can reorder.
 * A link named in `englishOnly` is marked `hreflang="en"` and followed by its note.
 */
export function inlineHtml(
  message: string,
  values: Readonly<Record<string, string | number>> = {},
  englishOnly: EnglishOnlyLinks = { names: [], note: '' },
): string {
  const text = (part: string) => escape(fill(part, values));
  let html = '';
  let at = 0;
  for (const match of message.matchAll(INLINE)) {
    html += text(message.slice(at, match.index));
    const [, code, emphasis, cited, linkText, address] = match;
    if (code !== undefined) html += `<code>${text(code)}</code>`;
    else if (emphasis !== undefined) html += `<em>${text(emphasis)}</em>`;
    else if (cited !== undefined) html += `<cite>${text(cited)}</cite>`;
    else if (englishOnly.names.includes(address!)) {
      html += `<a href="${text(`{${address!}}`)}" hreflang="en">${inlineHtml(linkText!, values)}</a> ${escape(englishOnly.note)}`;
    } else html += `<a href="${text(`{${address!}}`)}">${inlineHtml(linkText!, values)}</a>`;
    at = match.index + match[0].length;
  }
  return html + text(message.slice(at));
}
