// The `indefinite` package ships no types; this is the one call the code makes.
declare module 'indefinite' {
  interface Options {
    articleOnly?: boolean;
    capitalize?: boolean;
    caseInsensitive?: boolean;
    numbers?: 'colloquial';
  }
  function indefinite(word: string | number, options?: Options): string;
  export default indefinite;
}
