package article

import "storyline/internal/capture"

func extractText(c capture.Capture) (Article, error) {
	return Article{Body: string(c.Body)}, nil
}
