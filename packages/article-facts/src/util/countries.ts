/** Country names in English and Spanish, as written ("Estados Unidos", "United Kingdom"), from the runtime's own region names (ICU). */
let names: ReadonlySet<string> | undefined

export function countryNames(): ReadonlySet<string> {
  if (names) return names
  const found = new Set<string>()
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
  for (const lang of ['en', 'es']) {
    const regions = new Intl.DisplayNames([lang], {type: 'region'})
    for (const a of letters) {
      for (const b of letters) {
        const name = regions.of(a + b)
        if (name && name !== a + b) found.add(name)
      }
    }
  }
  names = found
  return found
}
