// What an npm user writes; it must type-check against the published types.
import {createArticleProcessor, extractFacts, type Facts, type RuleId} from 'article-facts'
import {VFile} from 'vfile'

const {facts, messages, file} = extractFacts('Amnesty International said on 3 May 2024 that …', {path: 'article.txt'})
const same: Facts | undefined = facts
// The plugins' results on file.data are typed (the package augments vfile's DataMap).
const fromData: Facts | undefined = file.data.facts
const sentenceCount: number = file.data.sentences?.length ?? 0
const ruleIds: Array<RuleId | undefined> = messages.map((message) => message.ruleId as RuleId | undefined)
// @ts-expect-error — a key no plugin leaves is unknown, not any
const missing: string = file.data.notLeftByAnyPlugin

const processed = createArticleProcessor().processSync(new VFile({path: 'article.md', value: '# Title\n\nText.'}))
const processedFacts: Facts | undefined = processed.data.facts

export {fromData, missing, processedFacts, ruleIds, same, sentenceCount}
