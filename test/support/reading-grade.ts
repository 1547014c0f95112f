import { syllable } from 'syllable';

/**
 * The Flesch–Kincaid grade level of a text: 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
 * Syllables are counted by `syllable` (an English syllable counter); the formula is the published one.
 */
export function readingGrade(text: string): number {
  const sentences = text.split(/[.!?]+(?:\s|$)/u).filter((sentence) => sentence.trim() !== '').length;
  const words = text.match(/[\p{L}\p{N}’'-]+/gu) ?? [];
  if (words.length === 0) throw new Error('A text without words has no reading grade.');
  const syllables = words.reduce((total, word) => total + syllable(word), 0);
  return 0.39 * (words.length / Math.max(sentences, 1)) + 11.8 * (syllables / words.length) - 15.59;
}
