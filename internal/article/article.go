// Package article turns a capture (the raw bytes a crawler saved of one page)
// into a clean article: its body paragraphs and metadata.
package article

// Article is the clean text and metadata extracted from one capture. The JSON
// field names are the output contract of `storyline extract`.
type Article struct {
	Source      string  `json:"source"`
	URI         *string `json:"uri"`
	Title       string  `json:"title"`
	Published   *string `json:"published"` // YYYY-MM-DD, nil when the page does not say
	Publisher   *string `json:"publisher"`
	Language    string  `json:"language"`
	Body        string  `json:"body"`
	DuplicateOf *string `json:"duplicate_of"`
}
