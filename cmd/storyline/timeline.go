package main

import (
	"context"
	"errors"
)

// runTimeline is not written yet; the issue that adds it replaces this file.
func runTimeline(ctx context.Context, args []string) error {
	return errors.New("not implemented yet")
}
