/**
 * Bounded memos: the core remembers what it computes from an article's words (stems, folds,
 * written-out dates) because the same few thousand come back question after question, and
 * empties a memo whole when it grows past what a few articles need, so a long run keeps its
 * memory flat.
 */
export function remember<Value>(memo: Map<string, Value>, key: string, value: Value, atMost: number): Value {
  if (memo.size >= atMost) memo.clear()
  memo.set(key, value)
  return value
}
