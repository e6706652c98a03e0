console.error('article-facts: not yet implemented')
process.exitCode = 2
