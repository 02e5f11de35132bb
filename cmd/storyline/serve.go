package main

import (
	"context"
	"errors"
)

// runServe is not written yet; the issue that adds it replaces this file.
func runServe(ctx context.Context, args []string) error {
	return errors.New("not implemented yet")
}
