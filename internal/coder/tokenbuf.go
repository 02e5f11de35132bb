package coder

import "sync"

// tokenBuf holds the tokens of every sentence of one article in one slice
// from a pool: they were a fifth of the bytes coding allocates, and
// nothing Code returns keeps them (events hold substrings of the body).
type tokenBuf struct{ toks []token }

var tokenBufs = sync.Pool{New: func() any { return new(tokenBuf) }}

// pooledTokens takes a buffer from the pool, with room for about n tokens.
func pooledTokens(n int) *tokenBuf {
	b := tokenBufs.Get().(*tokenBuf)
	if cap(b.toks) < n {
		b.toks = make([]token, 0, n)
	}
	return b
}

// add tokenizes s into the buffer and returns its tokens, capped so that
// an append to them copies instead of writing over the next sentence's.
func (b *tokenBuf) add(s string) []token {
	n := len(b.toks)
	b.toks = appendTokens(b.toks, s)
	return b.toks[n:len(b.toks):len(b.toks)]
}

// release clears the tokens, so that the pool holds no text, and gives the
// buffer back.
func (b *tokenBuf) release() {
	clear(b.toks)
	b.toks = b.toks[:0]
	tokenBufs.Put(b)
}
