package coder

// News English borrows the words of force for words and for winning, as
// sport does (games15.go): "Trump mounted a sharp attack on India and
// Russia for their close ties" tells a speech; "after storming to victory
// in 2024 elections", "Brazil stormed into the final" tell a win. An
// attack that an adjective of speech qualifies is an accusation; a storm
// whose goal is a prize is no assault. A storm of a place ("stormed the
// embassy", "stormed into the parliament building") stays one.

// speechAttack qualifies an attack made in words.
var speechAttack = map[string]bool{
	"sharp": true, "scathing": true, "blistering": true, "stinging": true, "withering": true,
	"verbal": true, "rhetorical": true, "veiled": true, "thinly-veiled": true, "scorching": true,
}

// verbalAttack reports a force cue whose attack, within it or just
// before it, is qualified as one of words: "mounted a sharp attack on".
func verbalAttack(toks []token, m match) bool {
	if m.cue.Type != "ASSAULT" {
		return false
	}
	for i := max(m.start-2, 1); i < m.end && i < len(toks); i++ {
		if w := toks[i].lower; (w == "attack" || w == "attacks") && speechAttack[toks[i-1].lower] {
			return true
		}
	}
	return false
}

// prizes are what a side storms to when it wins.
var prizes = map[string]bool{
	"victory": true, "win": true, "power": true, "title": true, "lead": true, "top": true,
	"final": true, "finals": true, "semifinal": true, "semifinals": true, "semi-final": true,
	"quarterfinal": true, "quarterfinals": true, "quarter-finals": true, "semi-finals": true,
	"majority": true, "landslide": true, "record": true, "success": true, "round": true, "podium": true,
}

// stormToPrize reports "storm" told of a win: "storming to victory",
// "stormed into the final", "stormed back to power".
func stormToPrize(toks []token, m match) bool {
	if m.cue.Type != "ASSAULT" || m.noun || len(toks[m.start].lower) < 5 || toks[m.start].lower[:5] != "storm" {
		return false
	}
	i := m.start + 1
	if i < len(toks) && toks[i].lower == "back" {
		i++
	}
	if i >= len(toks) || toks[i].lower != "to" && toks[i].lower != "into" {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		if toks[j].punct {
			return false
		}
		if prizes[toks[j].lower] {
			return true
		}
	}
	return false
}
