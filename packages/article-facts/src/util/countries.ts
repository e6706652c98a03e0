/** Country names in English and Spanish, as written ("Estados Unidos", "United Kingdom"), from the runtime's own region names (ICU). */
let codes: ReadonlyMap<string, string> | undefined
let names: ReadonlySet<string> | undefined

/** Each name → its two-letter region code ("Chile" → "CL"); built once. */
export function countryCodes(): ReadonlyMap<string, string> {
  if (codes) return codes
  const found = new Map<string, string>()
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
  for (const lang of ['en', 'es']) {
    const regions = new Intl.DisplayNames([lang], {type: 'region'})
    for (const a of letters) {
      for (const b of letters) {
        const name = regions.of(a + b)
        if (name && name !== a + b) found.set(name, a + b)
      }
    }
  }
  codes = found
  return found
}

export function countryNames(): ReadonlySet<string> {
  names ??= new Set(countryCodes().keys())
  return names
}
