package main

import (
	"context"
	"errors"
)

// runAnnotate is not written yet; the issue that adds it replaces this file.
func runAnnotate(ctx context.Context, args []string) error {
	return errors.New("not implemented yet")
}
