package article

import "strings"

// A photo's caption is written in the present tense ("Trump walks across
// the South Lawn ... Credit: AP"); a video's text on a news page tells the
// news in the past, as the story does, and ends with the same kind of tag
// ("Trump accused Iran of “orchestrating” the attack and called on Iraq to
// protect the embassy. Credit: ... via Storyful"). Such a line is the
// story's prose, not a caption.

// reportedActs are past forms news tells an act or a statement with, and a
// present-tense caption does not use.
var reportedActs = []string{" said", " told ", " reported", " accused ", " called on ", " urged ", " announced "}

// reportedBeforeCredit reports a line whose "Credit:" tag follows a
// statement or an act told in the past.
func reportedBeforeCredit(lower string) bool {
	i := strings.LastIndex(lower, "credit:")
	if i < 0 {
		return false
	}
	before := lower[:i]
	for _, w := range reportedActs {
		if strings.Contains(before, w) {
			return true
		}
	}
	return false
}

// creditedSentence reports a line whose text before a closing "Credit:"
// tag ends as a sentence: "... to protect the Embassy.” Credit: X via Y".
func creditedSentence(s, lower string) bool {
	i := strings.LastIndex(lower, "credit:")
	return i > 0 && endsSentenceLine(strings.TrimRight(s[:i], " "))
}
