package timex

import (
	"strings"
	"testing"
)

func TestTenseOf(t *testing.T) {
	tests := []struct {
		sentence string
		want     Tense
	}{
		{"The ministers met in Tokyo on Saturday.", TensePast},
		{"The ministers will meet in Tokyo on Saturday.", TenseFuture},
		{"Blinken to visit Tokyo next week", TenseFuture},
		{"The summit is set to open on Monday.", TenseFuture},
		{"Japan plans to host the talks in March.", TenseFuture},
		{"The talks were held two days ago.", TensePast},
		{"They'll sign the pact on Friday.", TenseFuture},
		{"Kishida visited Washington last month.", TensePast},
		{"The leaders discussed trade.", TensePast},
		{"Trade and security in Asia", TenseUnknown},
		{"The summit is to be held in Rome.", TenseFuture},
		{"The two sides won't meet before March.", TenseFuture},
		{"Kishida became prime minister in October.", TensePast},
		{"US-Japan 2+2 meeting slated for July 28", TenseFuture},
		{"At least 12 people died on the 4th.", TensePast},
		{"The ministers reached a deal and announced it.", TensePast},
		{"The deal will be signed and announced in Rome.", TenseFuture},
	}
	for _, tt := range tests {
		if got := TenseOf(tt.sentence); got != tt.want {
			t.Errorf("TenseOf(%q) = %d, want %d", tt.sentence, got, tt.want)
		}
	}
}

func TestTenseAt(t *testing.T) {
	tests := []struct {
		sentence, expr string
		want           Tense
	}{
		{"He said on Monday that the two will meet on Friday in Rome.", "Monday", TensePast},
		{"He said on Monday that the two will meet on Friday in Rome.", "Friday", TenseFuture},
		{"The ministers, who met last week, will meet again on Thursday.", "Thursday", TenseFuture},
		{"The ministers, who will meet on Thursday, spoke by phone on Tuesday and agreed on a plan.", "Tuesday", TensePast},
		{"Blinken, who arrived on Sunday, meets Kamikawa on Monday.", "Monday", TenseFuture},
		{"The pact, signed in April, takes effect on Thursday.", "April", TensePast},
		{"The pact, signed in April, takes effect on Thursday.", "Thursday", TenseFuture},
		{"North Korea fired a missile on Saturday, Seoul said.", "Saturday", TensePast},
		{"Blinken and Austin will be the first cabinet ministers to visit Japan since Biden took office in January.", "January", TensePast},
	}
	for _, tt := range tests {
		i := strings.Index(tt.sentence, tt.expr)
		if got := TenseAt(tt.sentence, i, i+len(tt.expr)); got != tt.want {
			t.Errorf("TenseAt(%q, %q) = %d, want %d", tt.sentence, tt.expr, got, tt.want)
		}
	}
}
