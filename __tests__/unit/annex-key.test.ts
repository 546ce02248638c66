import { describe, expect, it } from '@jest/globals'
import {
  keyFromPointer,
  keyFromSymlinkTarget,
  parseAnnexKey
} from '../../src/engine/annex/annex-key.js'

describe('parseAnnexKey', () => {
  it('reads digest and size of MD5E keys with multi-part extensions', () => {
    expect(parseAnnexKey('MD5E-s9--60facd979a2659cd28d614cfe3d1bcaa.tsv.gz')).toMatchObject({
      backend: 'MD5E',
      size: 9,
      digest: '60facd979a2659cd28d614cfe3d1bcaa',
      algorithm: 'md5'
    })
  })
  it('reads SHA256 keys without extension and SHA3/BLAKE2 backends', () => {
    const sha = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
    expect(parseAnnexKey(`SHA256-s0--${sha}`)).toMatchObject({
      size: 0,
      digest: sha,
      algorithm: 'sha256'
    })
    expect(parseAnnexKey('SHA3_256E-s3--abcdef.txt')).toMatchObject({
      algorithm: 'sha3-256',
      digest: 'abcdef'
    })
    expect(parseAnnexKey('BLAKE2B512-s3--abcdef')).toMatchObject({ algorithm: 'blake2b512' })
  })
  it('knows hash backends node cannot compute (verified through git-annex instead)', () => {
    expect(parseAnnexKey('SKEIN256E-s3--abcdef.txt')).toMatchObject({
      digest: 'abcdef',
      algorithm: undefined
    })
  })
  it('gives WORM and URL keys no digest', () => {
    const worm = parseAnnexKey('WORM-s12-m1700000000--data&cfile.txt')
    expect(worm?.size).toBe(12)
    expect(worm?.digest).toBeUndefined()
    const url = parseAnnexKey('URL--http&c%%example.org%file')
    expect(url?.backend).toBe('URL')
    expect(url?.digest).toBeUndefined()
  })
  it('rejects what is not a key', () => {
    expect(parseAnnexKey('not a key')).toBeNull()
    expect(parseAnnexKey('MD5E-x9--abc')).toBeNull()
  })
})

describe('keys of annexed files in git', () => {
  const key = 'MD5E-s6--b1946ac92492d2347c6235b4d2611184.txt'
  it('from a locked file symlink target', () => {
    expect(keyFromSymlinkTarget(`../.git/annex/objects/F4/53/${key}/${key}`)?.key).toBe(key)
    expect(keyFromSymlinkTarget('../elsewhere/file.txt')).toBeNull()
  })
  it('from an unlocked file pointer', () => {
    expect(keyFromPointer(Buffer.from(`/annex/objects/${key}\n`))?.key).toBe(key)
    expect(keyFromPointer(Buffer.from('plain text\n'))).toBeNull()
  })
})
