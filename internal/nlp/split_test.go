package nlp

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"
)

func sentenceTexts(ss []Sentence) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Text)
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"two plain sentences", "The ministers met in Tokyo. They agreed to talk again.",
			[]string{"The ministers met in Tokyo.", "They agreed to talk again."}},
		{"U.S. mid-sentence", "U.S. Secretary of State Antony Blinken arrived on Monday.",
			[]string{"U.S. Secretary of State Antony Blinken arrived on Monday."}},
		{"U.S. before a name-like word", "The U.S. Navy said it would send ships.",
			[]string{"The U.S. Navy said it would send ships."}},
		{"U.S. at sentence end before The", "She held talks with the U.S. The meeting lasted an hour.",
			[]string{"She held talks with the U.S.", "The meeting lasted an hour."}},
		{"U.S. at end before He", "He flew to the U.S. He met the president there.",
			[]string{"He flew to the U.S.", "He met the president there."}},
		{"U.K. at end of text", "The talks were held in the U.K.",
			[]string{"The talks were held in the U.K."}},
		{"D.C. mid-sentence", "Officials in Washington, D.C., said the visit was planned.",
			[]string{"Officials in Washington, D.C., said the visit was planned."}},
		{"D.C. before a quote", "He arrived in Washington, D.C. \"We are ready,\" he said.",
			[]string{"He arrived in Washington, D.C.", "\"We are ready,\" he said."}},
		{"military titles", "Gen. Mark Milley and Lt. Col. Jane Doe met Adm. John Aquilino.",
			[]string{"Gen. Mark Milley and Lt. Col. Jane Doe met Adm. John Aquilino."}},
		{"political titles", "Sen. Marco Rubio, Rep. Nancy Pelosi and Gov. Gavin Newsom spoke.",
			[]string{"Sen. Marco Rubio, Rep. Nancy Pelosi and Gov. Gavin Newsom spoke."}},
		{"Mr Mrs Dr", "Mr. Kishida thanked Mrs. Biden and Dr. Fauci. They smiled.",
			[]string{"Mr. Kishida thanked Mrs. Biden and Dr. Fauci.", "They smiled."}},
		{"St. in a place name", "The rally was held in St. Petersburg on Sunday.",
			[]string{"The rally was held in St. Petersburg on Sunday."}},
		{"month abbreviation before day", "The summit opens Jan. 5 and ends Feb. 7 in Seoul.",
			[]string{"The summit opens Jan. 5 and ends Feb. 7 in Seoul."}},
		{"Sept. Oct. Nov. Dec.", "Talks ran from Sept. 30 to Oct. 2, then Nov. 4 and Dec. 9.",
			[]string{"Talks ran from Sept. 30 to Oct. 2, then Nov. 4 and Dec. 9."}},
		{"Aug. before a year", "The deal was signed in Aug. 2019 by both sides.",
			[]string{"The deal was signed in Aug. 2019 by both sides."}},
		{"No. before a number", "He is the party's No. 2 official. He said so.",
			[]string{"He is the party's No. 2 official.", "He said so."}},
		{"company suffixes", "Toyota Motor Corp. and Sony Group Co. Ltd. joined Apple Inc. in the deal.",
			[]string{"Toyota Motor Corp. and Sony Group Co. Ltd. joined Apple Inc. in the deal."}},
		{"Inc. at sentence end", "The contract went to Lockheed Martin Corp. The Pentagon confirmed it.",
			[]string{"The contract went to Lockheed Martin Corp.", "The Pentagon confirmed it."}},
		{"etc. at end", "They discussed trade, energy, etc. Then they left.",
			[]string{"They discussed trade, energy, etc.", "Then they left."}},
		{"initials", "John F. Kennedy met Nikita S. Khrushchev in Vienna.",
			[]string{"John F. Kennedy met Nikita S. Khrushchev in Vienna."}},
		{"dotted initials", "J.R.R. Tolkien wrote it. Critics loved it.",
			[]string{"J.R.R. Tolkien wrote it.", "Critics loved it."}},
		{"decimal and money", "Growth slowed to 3.5 percent, and exports fell $1.2bn. Markets dipped.",
			[]string{"Growth slowed to 3.5 percent, and exports fell $1.2bn.", "Markets dipped."}},
		{"thousands and percent", "About 1,200 troops, or 2.5% of the force, left. Others stayed.",
			[]string{"About 1,200 troops, or 2.5% of the force, left.", "Others stayed."}},
		{"time a.m. mid-sentence", "The meeting began at 10 a.m. Tuesday in Tokyo.",
			[]string{"The meeting began at 10 a.m. Tuesday in Tokyo."}},
		{"time p.m. at end", "The leaders spoke at 3 p.m. The call lasted an hour.",
			[]string{"The leaders spoke at 3 p.m.", "The call lasted an hour."}},
		{"quote comma said", "\"We will stand together,\" he said. \"Always.\"",
			[]string{"\"We will stand together,\" he said.", "\"Always.\""}},
		{"quote period closes", "She said: \"The alliance is strong.\" The minister nodded.",
			[]string{"She said: \"The alliance is strong.\"", "The minister nodded."}},
		{"curly quotes close", "Kamikawa said, “We agreed to cooperate.” Blinken agreed.",
			[]string{"Kamikawa said, “We agreed to cooperate.”", "Blinken agreed."}},
		{"question in quote then said", "\"Why now?\" he asked. Nobody answered.",
			[]string{"\"Why now?\" he asked.", "Nobody answered."}},
		{"exclamation in quote then lower", "\"Never again!\" the crowd chanted.",
			[]string{"\"Never again!\" the crowd chanted."}},
		{"question mark ends", "Will they meet again? Officials would not say.",
			[]string{"Will they meet again?", "Officials would not say."}},
		{"exclamation ends", "What a week! The summit is over.",
			[]string{"What a week!", "The summit is over."}},
		{"mixed ?!", "Really?! Yes, really.",
			[]string{"Really?!", "Yes, really."}},
		{"ellipsis mid-sentence", "The talks were ... difficult, he said.",
			[]string{"The talks were ... difficult, he said."}},
		{"ellipsis ends before capital", "We will see... The vote is Friday.",
			[]string{"We will see...", "The vote is Friday."}},
		{"unicode ellipsis", "He paused… Then he spoke.",
			[]string{"He paused…", "Then he spoke."}},
		{"parenthesised sentence", "The deal was signed. (Details were not released.) Both sides welcomed it.",
			[]string{"The deal was signed.", "(Details were not released.)", "Both sides welcomed it."}},
		{"parentheses mid-sentence", "The North Atlantic Treaty Organization (NATO) met in Brussels.",
			[]string{"The North Atlantic Treaty Organization (NATO) met in Brussels."}},
		{"headline without stop", "Blinken meets Kamikawa in Tokyo\nThe two ministers discussed security.",
			[]string{"Blinken meets Kamikawa in Tokyo", "The two ministers discussed security."}},
		{"paragraphs", "First paragraph ends here.\n\nSecond paragraph starts here.",
			[]string{"First paragraph ends here.", "Second paragraph starts here."}},
		{"bullets", "Key points:\n• Leaders met in Rome\n• They signed a pact\n- Next round in May",
			[]string{"Key points:", "• Leaders met in Rome", "• They signed a pact", "- Next round in May"}},
		{"wrapped line joins", "The foreign minister told reporters in Tokyo that the talks\nwere productive and would continue.",
			[]string{"The foreign minister told reporters in Tokyo that the talks\nwere productive and would continue."}},
		{"short lower-case lines are list items", "Banned:\nalcohol of any kind\nsugar in any form\nwhite bread",
			[]string{"Banned:", "alcohol of any kind", "sugar in any form", "white bread"}},
		{"blank line without stop", "Photo caption here\n\nthe story goes on.",
			[]string{"Photo caption here", "the story goes on."}},
		{"CRLF paragraphs", "One.\r\n\r\nTwo.", []string{"One.", "Two."}},
		{"sentence-ending number", "The vote was 52-48. Lawmakers left.",
			[]string{"The vote was 52-48.", "Lawmakers left."}},
		{"year then sentence", "It was founded in 1949. The treaty binds 32 members.",
			[]string{"It was founded in 1949.", "The treaty binds 32 members."}},
		{"lowercase after period stays", "The U.N. chief, who spoke in N.Y. yesterday, warned them.",
			[]string{"The U.N. chief, who spoke in N.Y. yesterday, warned them."}},
		{"url dots", "Read more at example.com. The site is new.",
			[]string{"Read more at example.com.", "The site is new."}},
		{"vs.", "It was Japan vs. China in the final.",
			[]string{"It was Japan vs. China in the final."}},
		{"Jr. mid-sentence", "Martin Luther King Jr. Day is a holiday.",
			[]string{"Martin Luther King Jr. Day is a holiday."}},
		{"empty", "", nil},
		{"spaces only", "  \n\n  ", nil},
		{"no final punctuation", "Leaders agree to meet again", []string{"Leaders agree to meet again"}},
		{"leading and trailing space", "  Hello there.  ", []string{"Hello there."}},
		{"dash dateline", "TOKYO (Reuters) - Japan and the United States agreed on Friday. Talks end today.",
			[]string{"TOKYO (Reuters) - Japan and the United States agreed on Friday.", "Talks end today."}},
		{"Ph.D. mid-sentence", "She holds a Ph.D. in physics.",
			[]string{"She holds a Ph.D. in physics."}},
		{"single-letter plan", "They chose plan B. The vote followed.",
			[]string{"They chose plan B.", "The vote followed."}},
		{"colon does not split", "The statement said: the two sides agreed.",
			[]string{"The statement said: the two sides agreed."}},
		{"numbered list", "Key points:\n1. The ministers met in Rome.\n2. They signed a pact.",
			[]string{"Key points:", "1. The ministers met in Rome.", "2. They signed a pact."}},
		{"street at end", "The office is on Main St. The police came.",
			[]string{"The office is on Main St.", "The police came."}},
		{"number at line start is not always a list", "He won in 1996. The next race was close.",
			[]string{"He won in 1996.", "The next race was close."}},
		{"U.S. before a title", "He met U.S. Secretary of State Antony Blinken. They talked.",
			[]string{"He met U.S. Secretary of State Antony Blinken.", "They talked."}},
		{"Inc. before a title", "Apple Inc. Chief Executive Tim Cook spoke.",
			[]string{"Apple Inc. Chief Executive Tim Cook spoke."}},
		{"question in headline", "Will Japan and Korea meet?\nOfficials say maybe.",
			[]string{"Will Japan and Korea meet?", "Officials say maybe."}},
		{"closing paren then lower", "The minister (who arrived late.) spoke briefly.",
			[]string{"The minister (who arrived late.) spoke briefly."}},
		{"space lost after a stop", "They met on Monday.The talks went well.",
			[]string{"They met on Monday.", "The talks went well."}},
		{"domain stays whole", "Visit example.com.It is new.",
			[]string{"Visit example.com.It is new."}},
		{"zero-width spaces are space", "One.\u200b\n\n\u200b\n\nTwo.", []string{"One.", "Two."}},
		{"semicolon does not split", "Japan agreed; China did not.",
			[]string{"Japan agreed; China did not."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Split(tt.body)
			if texts := sentenceTexts(got); !reflect.DeepEqual(texts, tt.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.body, texts, tt.want)
			}
			checkSentences(t, tt.body, got)
		})
	}
}

// checkSentences asserts the invariants every split must keep.
func checkSentences(t *testing.T, body string, ss []Sentence) {
	t.Helper()
	prevEnd := 0
	for i, s := range ss {
		if s.Start < prevEnd || s.End < s.Start || s.End > len(body) {
			t.Fatalf("sentence %d [%d,%d) out of order or outside body (prev end %d, len %d)", i, s.Start, s.End, prevEnd, len(body))
		}
		if body[s.Start:s.End] != s.Text {
			t.Fatalf("sentence %d text %q != body[%d:%d] %q", i, s.Text, s.Start, s.End, body[s.Start:s.End])
		}
		if strings.TrimSpace(s.Text) != s.Text || s.Text == "" {
			t.Fatalf("sentence %d %q is empty or has surrounding space", i, s.Text)
		}
		if len(s.Tokens) == 0 || s.Tokens[0].Start != s.Start || s.Tokens[len(s.Tokens)-1].End != s.End {
			t.Fatalf("sentence %d tokens do not span it", i)
		}
		tokEnd := s.Start
		for _, tok := range s.Tokens {
			if tok.Start < tokEnd || tok.End <= tok.Start || tok.End > s.End || body[tok.Start:tok.End] != tok.Text {
				t.Fatalf("sentence %d token %q [%d,%d) bad", i, tok.Text, tok.Start, tok.End)
			}
			tokEnd = tok.End
		}
		prevEnd = s.End
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Japan's foreign minister", []string{"Japan", "'s", "foreign", "minister"}},
		{"Japan’s leader", []string{"Japan", "’s", "leader"}},
		{"the countries' leaders", []string{"the", "countries", "'", "leaders"}},
		{"they don't agree", []string{"they", "do", "n't", "agree"}},
		{"we'll see, they're here", []string{"we", "'ll", "see", ",", "they", "'re", "here"}},
		{"O'Brien met d'Alema", []string{"O'Brien", "met", "d'Alema"}},
		{"a so-called long-range F-16", []string{"a", "so-called", "long-range", "F-16"}},
		{"a 19-year-old", []string{"a", "19-year-old"}},
		{"July 27-30", []string{"July", "27", "-", "30"}},
		{"U.S.-Japan talks", []string{"U.S.", "-", "Japan", "talks"}},
		{"the U.S. and U.K.", []string{"the", "U.S.", "and", "U.K."}},
		{"3.5 percent of $1.2bn", []string{"3.5", "percent", "of", "$", "1.2bn"}},
		{"1,000,000 people", []string{"1,000,000", "people"}},
		{"at 10:30 a.m.", []string{"at", "10:30", "a.m."}},
		{"2+2 talks", []string{"2", "+", "2", "talks"}},
		{"Gen. Smith, Jan. 5", []string{"Gen.", "Smith", ",", "Jan.", "5"}},
		{"John F. Kennedy", []string{"John", "F.", "Kennedy"}},
		{"end. Next", []string{"end", ".", "Next"}},
		{"\"Yes,\" he said...", []string{"\"", "Yes", ",", "\"", "he", "said", "..."}},
		{"AT&T and COVID-19", []string{"AT&T", "and", "COVID-19"}},
		{"São Paulo, Côte d'Ivoire", []string{"São", "Paulo", ",", "Côte", "d'Ivoire"}},
		{"—", []string{"—"}},
		{"", []string{}},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.text)
		got := make([]string, len(toks))
		for i, tok := range toks {
			got[i] = tok.Text
			if tt.text[tok.Start:tok.End] != tok.Text {
				t.Errorf("Tokenize(%q): token %q has offsets [%d,%d)", tt.text, tok.Text, tok.Start, tok.End)
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokenize(%q)\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// benchBodies loads the article bodies of the extraction benchmark, the
// nearest thing to real news text on the machine; tests skip without it.
func benchBodies(tb testing.TB) []string {
	tb.Helper()
	data, err := os.ReadFile("../../../shared/bench/article-extraction/ground-truth.json")
	if err != nil {
		tb.Skipf("no benchmark bodies: %v", err)
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(data, &truth); err != nil {
		tb.Fatalf("parse ground-truth.json: %v", err)
	}
	var bodies []string
	for _, v := range truth {
		bodies = append(bodies, v.ArticleBody)
	}
	return bodies
}

func TestSplitRealBodies(t *testing.T) {
	for _, body := range benchBodies(t) {
		checkSentences(t, body, Split(body))
	}
}

func BenchmarkSplit(b *testing.B) {
	bodies := benchBodies(b)
	var bytes, sentences int
	for _, body := range bodies {
		bytes += len(body)
		sentences += len(Split(body))
	}
	b.SetBytes(int64(bytes))
	for b.Loop() {
		for _, body := range bodies {
			Split(body)
		}
	}
	b.ReportMetric(float64(sentences)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}
