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

let regions: ReadonlySet<string> | undefined

/** The everyday names of world regions the runtime does not give, or gives otherwise ("West Africa" beside "Western Africa"). */
const OTHER_REGIONS = [
  'Asia Pacific', 'Asia-Pacific', 'Middle East', 'Arab World', 'Middle East and North Africa', 'West Africa', 'East Africa', 'North Africa', 'Central Africa', 'South Asia', 'East Asia', 'South-East Asia', 'Southeast Asia', 'Sahel', 'Balkans', 'Horn of Africa', 'Great Lakes',
  'Asia-Pacífico', 'Asia Pacífico', 'Oriente Medio', 'Oriente Próximo', 'Medio Oriente', 'África Occidental', 'África Oriental', 'África del Norte', 'Norte de África', 'América Latina', 'América Central', 'América del Sur', 'Mundo Árabe', 'Cuerno de África', 'Balcanes'
]

/** Names of the world's regions in English and Spanish, as written ("Latin America", "Asia Pacific", "Centroamérica"): places, not countries. */
export function regionNames(): ReadonlySet<string> {
  if (regions) return regions
  const found = new Set<string>(OTHER_REGIONS)
  const codes = ['002', '003', '005', '009', '011', '013', '014', '015', '017', '018', '019', '021', '029', '030', '034', '035', '039', '053', '142', '143', '145', '150', '151', '154', '155', '202', '419']
  for (const lang of ['en', 'es']) {
    const names = new Intl.DisplayNames([lang], {type: 'region'})
    for (const code of codes) {
      const name = names.of(code)
      // "África occidental": as a name in running text, capitalised ("África Occidental").
      if (name && name !== code) for (const form of [name, name.replace(/(?<=\s)\p{Ll}/gu, (letter) => letter.toUpperCase())]) found.add(form)
    }
  }
  regions = found
  return found
}
