package coder

// countedOne are the words before a singular demonym that make it a
// person of the country rather than its adjective: "One Palestinian was
// shot and killed by Israeli forces", "an American was detained in
// Pyongyang", "another Briton was freed". Before a noun the demonym still
// qualifies it ("a Chinese company": headsActor and the goods rules read
// those); namedAsNoun asks for a verb, a function word or a stop after it.
var countedOne = map[string]bool{"one": true, "a": true, "an": true, "another": true, "each": true}

// admitting verbs take the act they own to as a gerund, done before:
// "the armed forces admitted shooting down a Ukrainian airliner". Read as
// an -ing form with no tense, the act was taken for one announced, and
// force announced is a threat.
var admitting = map[string]bool{
	"admitted": true, "admits": true, "admit": true, "acknowledged": true, "acknowledges": true,
	"confessed": true, "confesses": true,
}
