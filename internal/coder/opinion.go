package coder

import (
	"fmt"
	"strings"
	"unicode"

	"storyline/internal/event"
)

// This file tells opinion and analysis pieces from reports. A column
// restates, judges and prescribes ("caving to Beijing", "should force",
// "puts the US at odds"); the cue words of acts then mostly describe a
// view, not an act. In such a piece only the events the text states most
// firmly (a verb cue, two named sides, a known status) are kept. The
// signs are in data/opinion.txt: a section word in the title ("Opinion |",
// "Analysis:", "The Guardian view on") or a body written in the writer's
// own voice (I, we, our), in prescriptions (should, must) and in
// questions, counted outside quotations so a report quoting a speaker is
// not taken for a column.

// opinionSigns are the word lists of data/opinion.txt.
type opinionSigns struct {
	title, phrase, voice map[string]bool
	// voiceFirst and voiceLen hold the first bytes and the longest length
	// of the voice words: opinionVoice reads every word of a body, and
	// most need no look-up.
	voiceFirst [256]bool
	voiceLen   int
}

// opinionVoicePerThousand is the density of voice words and question
// marks, per thousand words outside quotations, above which a body reads
// as a column: on the 181 bench pages reports stay under 3, columns on
// politics reach 8 to 14.
const opinionVoicePerThousand = 8.0

// opinionMinWords keeps short pages, whose few words give no density
// worth reading, out of the voice test.
const opinionMinWords = 300

// opinionKeep is the least confidence an event of an opinion piece needs
// to be kept (see confidence in merge.go: a verb cue, two sides and a
// known status give 0.9).
const opinionKeep = 0.85

func loadOpinionSigns() (*opinionSigns, error) {
	b, err := dataFS.ReadFile("data/opinion.txt")
	if err != nil {
		return nil, fmt.Errorf("read opinion signs: %w", err)
	}
	s := &opinionSigns{title: map[string]bool{}, phrase: map[string]bool{}, voice: map[string]bool{}}
	for n, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, words, ok := strings.Cut(line, ":")
		var set map[string]bool
		switch strings.TrimSpace(name) {
		case "title":
			set = s.title
		case "phrase":
			set = s.phrase
		case "voice":
			set = s.voice
		}
		if !ok || set == nil {
			return nil, fmt.Errorf("read opinion signs: line %d: want \"title|phrase|voice: words\"", n+1)
		}
		for _, w := range strings.Fields(words) {
			set[strings.ReplaceAll(w, "_", " ")] = true
		}
	}
	if len(s.title) == 0 || len(s.voice) == 0 {
		return nil, fmt.Errorf("read opinion signs: title or voice list empty")
	}
	for w := range s.voice {
		s.voiceFirst[w[0]] = true
		s.voiceLen = max(s.voiceLen, len(w))
	}
	return s, nil
}

// isOpinion reports whether a page with this title and body is an
// opinion or analysis piece.
func (s *opinionSigns) isOpinion(title, body string) bool {
	return s.opinionTitle(title) || s.opinionVoice(body)
}

func (s *opinionSigns) opinionTitle(title string) bool {
	t := strings.ToLower(strings.TrimSpace(title))
	if t == "" {
		return false
	}
	if first := strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }); len(first) > 0 && s.title[first[0]] {
		return true
	}
	if i := strings.IndexAny(t, ":|"); i > 0 {
		label := strings.Fields(t[:i])
		if len(label) > 0 && len(label) <= 3 && s.title[label[len(label)-1]] {
			return true
		}
	}
	for p := range s.phrase {
		if strings.Contains(t, p) {
			return true
		}
	}
	return false
}

// opinionVoice measures the writer's voice outside quotations.
func (s *opinionSigns) opinionVoice(body string) bool {
	words, signs := 0, 0
	quoted := false
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := body[start:end]
		start = -1
		if quoted {
			return
		}
		words++
		if len(w) <= s.voiceLen && s.voiceFirst[w[0]] && s.voice[w] {
			signs++
		}
	}
	for i, r := range body {
		switch {
		case unicode.IsLetter(r):
			if start < 0 {
				start = i
			}
			continue
		case r == '\'' || r == '’':
			if start >= 0 {
				continue // inside a word: "can't", "Beijing’s"
			}
		}
		flush(i)
		switch r {
		case '"':
			quoted = !quoted
		case '“':
			quoted = true
		case '”':
			quoted = false
		case '?':
			if !quoted {
				signs++
			}
		case '\n':
			quoted = false // an unclosed quote ends with its paragraph
		}
	}
	flush(len(body))
	if words < opinionMinWords {
		return false
	}
	return float64(signs)*1000/float64(words) >= opinionVoicePerThousand
}

// keepFirmEvents keeps the events of an opinion piece that the text
// states firmly enough to be reported acts, or dates as done at the
// opening of their sentence (opinion17.go).
func keepFirmEvents(events []event.Event) []event.Event {
	out := events[:0]
	for _, e := range events {
		if e.Confidence >= opinionKeep || opensDated(e) {
			out = append(out, e)
		}
	}
	return out
}
