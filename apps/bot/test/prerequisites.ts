/**
 * What a suite needs from the machine (redis-server, nginx, the built facts bundle). Missing on a
 * developer's machine: the suite is skipped with a line saying what to install. Missing under CI
 * (`CI` set, as `.ci/run` does): the run fails, since a skipped suite there proves nothing.
 */
export function prerequisite(suite: string, missing: readonly (string | false | undefined)[], remedy: string): boolean {
  const absent = missing.filter((what): what is string => Boolean(what))
  if (absent.length === 0) return true
  const message = `${suite}: ${absent.join(' and ')} missing (${remedy})`
  if (process.env.CI) throw new Error(`${message}; under CI every suite must run`)
  console.warn(`SKIPPED ${message}`)
  return false
}
