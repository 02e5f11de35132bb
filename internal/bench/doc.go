// Package bench measures what Storyline costs: it writes large synthetic
// corpora and runs each stage of the pipeline over them, reporting
// throughput, CPU time and peak memory.
//
// It takes material the project holds — the sample captures, prose and page
// skeletons it wrote (embedded, in data/), and optionally the bodies and HTML
// pages of the article-extraction benchmark — and gives:
//
//   - WriteCorpus: a corpus of any size, deterministic from a seed, as WET
//     archives (text captures), WARC archives (HTML responses) or plain
//     text files, with copies and rewordings of earlier articles at a
//     realistic duplicate rate and page furniture around every article;
//   - Extract, Dedup, Code, Pipeline: stage runners over such a corpus (or
//     any input), each returning Figures: articles/s, MB/s, CPU seconds
//     (user+sys from getrusage), peak RSS and Go heap peak;
//   - Meter: the same measurements around any piece of work, for stages
//     that live elsewhere (the store ingest runs in cmd/storyline).
//
// Generated articles are new text, not copies of the material: sentences
// are recombined across sources and every article carries one or two
// political-event sentences built from small embedded tables, so the
// coder, the duplicate index and the merge see the kind of work a crawl of
// news gives them. Nothing here is a coding rule; the tables only make
// plausible prose.
package bench
