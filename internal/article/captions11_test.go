package article

import (
	"slices"
	"strings"
	"testing"

	"storyline/internal/capture"
)

// A text capture's photo captions are left out of the body and kept apart,
// once each, for the coder (captions11.go). The page is written for this
// test.
func TestCaptionsKeptApart(t *testing.T) {
	caption := "German Chancellor Friedrich Merz, right, greets Polish President Andrzej Duda at the Chancellery, Thursday, June 12, 2025, in Berlin. (AP Photo/Markus Schreiber)"
	page := "Merz and Duda meet in Berlin\n\n" + caption + "\n" + caption + "\n\n" +
		"BERLIN (AP) — The two leaders spoke for an hour behind closed doors on Thursday, officials in both capitals said afterwards.\n" +
		"They are expected to meet again before the end of the year to review the border projects, a spokesman said in a statement.\n" +
		"Short line\n"
	a, err := Extract(capture.Capture{Source: "captions", ContentType: "text/plain", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(a.Captions, []string{caption}) {
		t.Errorf("captions: got %q, want the caption once", a.Captions)
	}
	if len(a.Body) == 0 || strings.Contains(a.Body, "greets") || slices.Contains(a.Captions, "Short line") {
		t.Errorf("body %q, captions %q", a.Body, a.Captions)
	}
}
