//go:build !linux

package main

import (
	"os"
	"time"
)

// maxRSS returns 0: the peak resident set size is read on Linux only, where the system's
// unit is known.
func maxRSS(*os.ProcessState) int64 { return 0 }

// cpuTime returns 0: the processor time of this process is read on Linux only.
func cpuTime() time.Duration { return 0 }
