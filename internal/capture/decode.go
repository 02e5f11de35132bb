package capture

import (
	"bytes"
	"errors"
	"fmt"
	"mime"
	"strings"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// ErrCharset is a text page that is not UTF-8 and whose charset could be
// neither read from its content type nor told from its bytes.
var ErrCharset = errors.New("text is not UTF-8 and its charset could not be told")

// detectBytes is how much of a page charset detection looks at: enough for
// the byte statistics to settle, little enough to cost nothing per page.
const detectBytes = 64 << 10

// decodeText gives a text page in UTF-8 and the content type that says so.
// A page that is valid UTF-8 is kept as it is: legacy charsets almost never
// form valid UTF-8 by chance, and a stale charset in a header is common.
// Otherwise a UTF-16 byte-order mark, then a charset in the content type,
// then the bytes themselves (statistics of the byte patterns of each
// charset and language, as browsers guess) say how to decode it. HTML is
// left to the article stage, which reads the page's own meta charset.
func decodeText(contentType string, data []byte) ([]byte, string, error) {
	if utf8.Valid(data) {
		return data, contentType, nil
	}
	enc, name := encodingOf(contentType, data)
	if enc == nil {
		return nil, "", ErrCharset
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil || !utf8.Valid(out) {
		return nil, "", fmt.Errorf("decode text as %s: %v", name, err)
	}
	return out, "text/plain; charset=utf-8", nil
}

// encodingOf finds how a text page that is not UTF-8 is encoded.
func encodingOf(contentType string, data []byte) (encoding.Encoding, string) {
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "UTF-16LE"
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "UTF-16BE"
	}
	if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
		if e, err := htmlindex.Get(params["charset"]); err == nil && !isUTF8(e) {
			return e, params["charset"]
		}
	}
	results, err := chardet.NewTextDetector().DetectAll(data[:min(len(data), detectBytes)])
	if err != nil {
		return nil, ""
	}
	// A tie (short texts have few byte patterns to tell by) goes to the
	// charset browsers assume for unlabelled Western pages.
	for i := 1; i < len(results) && results[i].Confidence == results[0].Confidence; i++ {
		if results[i].Charset == "ISO-8859-1" || results[i].Charset == "windows-1252" {
			results[0], results[i] = results[i], results[0]
			break
		}
	}
	for _, r := range results { // most confident first
		if strings.HasPrefix(r.Charset, "UTF-") {
			continue // UTF-8 is invalid here; UTF-16 and 32 have a BOM or NULs
		}
		// htmlindex names charsets as browsers do: ISO-8859-1 is read as
		// its superset windows-1252, as every browser reads it.
		if e, err := htmlindex.Get(r.Charset); err == nil {
			return e, r.Charset
		}
	}
	return nil, ""
}

func isUTF8(e encoding.Encoding) bool {
	name, _ := htmlindex.Name(e)
	return name == "utf-8"
}
