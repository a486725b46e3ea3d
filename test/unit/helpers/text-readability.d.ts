// text-readability ships no types; the test uses only its Flesch score.
declare module 'text-readability' {
  const readability: { fleschReadingEase(text: string): number };
  export default readability;
}
