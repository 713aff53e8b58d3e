/**
 * The README's commands and examples, run against the build, so that they
 * stay true. (The set-up commands themselves run in CI: `.ci/run`.)
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const ci = readFileSync(new URL('../.ci/run', import.meta.url), 'utf8')

/** The fenced code blocks of a section of the README, by language. */
function codeBlocks(section: string, lang: string): string[] {
  const start = readme.indexOf(`\n## ${section}\n`)
  const end = readme.indexOf('\n## ', start + 1)
  const body = readme.slice(start, end === -1 ? undefined : end)
  return [...body.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1] ?? '')
}

describe('README', () => {
  it('opens with the two set-up commands, and CI runs them', () => {
    const firstBlock = readme.slice(0, readme.indexOf('## Contents'))
    expect(firstBlock).toContain('npm ci && npx newsmark fixtures/iraq-troops.txt')
    expect(firstBlock).toContain('npm test')
    expect(ci).toContain('npm ci')
    expect(ci).toContain('npm test')
    expect(ci).toContain('npx newsmark fixtures/iraq-troops.txt')
  })

  it('has the Use examples working against the built package', () => {
    const [plain, markdown, withUnified] = codeBlocks('Use', 'js')
    const prelude = `import { annotate } from 'newsmark'\nconst markdownString = ${JSON.stringify(
      'The council met.\n\n> “We are ready,” the mayor said.\n',
    )}\n`
    const run = (script: string) =>
      spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' })

    const first = run(plain ?? '')
    expect(first.stderr).toBe('')
    expect(first.stdout).toBe('There’s been no decision whatsoever to leave Iraq, — Mr Esper\n')

    const second = run(`${prelude}${markdown}\nconsole.log(doc.format, doc.quotes.length)`)
    expect(second.stdout).toBe('markdown 1\n')

    const third = run(`${prelude}${(withUnified ?? '').replace("import { annotate } from 'newsmark'", '')}`)
    expect(third.stderr).toBe('')
    expect(third.stdout).toContain('We are ready,')
  })
})
