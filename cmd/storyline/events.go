package main

import (
	"context"
	"errors"
)

// runEvents is not written yet; the issue that adds it replaces this file.
func runEvents(ctx context.Context, args []string) error {
	return errors.New("not implemented yet")
}
