// wink-lexicon ships no types; its WordNet exception lists map a form to its dictionary form.
declare module 'wink-lexicon/src/wn-verb-exceptions.js' {
  const exceptions: Readonly<Record<string, string>>
  export default exceptions
}
declare module 'wink-lexicon/src/wn-noun-exceptions.js' {
  const exceptions: Readonly<Record<string, string>>
  export default exceptions
}
declare module 'wink-lexicon/src/lexicon.js' {
  const lexicon: Readonly<Record<string, readonly string[]>>
  export default lexicon
}
