/**
 * Words of one concept, across English and Spanish and their endings ("arrested", "detained",
 * "detenida"): a question in one of them is about what the article says with another.
 */
const FAMILIES: readonly (readonly string[])[] = [
  ['arrested', 'arrest', 'arrests', 'arresting', 'detained', 'detain', 'detention', 'detentions', 'jailed', 'imprisoned', 'imprisonment',
    'detenido', 'detenida', 'detenidos', 'detenidas', 'detencion', 'detenciones', 'arrestado', 'arrestada', 'arrestados', 'arrestadas',
    'encarcelado', 'encarcelada', 'encarcelados', 'encarceladas', 'preso', 'presa', 'presos', 'presas', 'prison', 'prisoner', 'carcel'],
  ['protest', 'protests', 'protesting', 'protesters', 'protestors', 'demonstrators', 'demonstration', 'demonstrations', 'demo', 'demos', 'mani', 'manis',
    'protesta', 'protestas', 'protestar', 'manifestantes', 'manifestacion', 'manifestaciones'],
  ['vigil', 'vigils', 'vigilia', 'vigilias'],
  ['petition', 'petitions', 'peticion', 'peticiones'],
  ['report', 'reports', 'informe', 'informes', 'reporte']
]

const BY_WORD = new Map<string, readonly string[]>()
for (const family of FAMILIES) for (const word of family) BY_WORD.set(word, family)

/** The words of the same concept as this one (itself included), or just itself. */
export function family(word: string): readonly string[] {
  return BY_WORD.get(word) ?? [word]
}

/** Every word of every family: known words, never read as typos of others ("preso" is not "press"). */
export const FAMILY_WORDS: readonly string[] = FAMILIES.flat()
