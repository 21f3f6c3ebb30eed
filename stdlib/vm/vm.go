// Package vm is gomini's own package for running other programs inside a
// script (SPEC section 5), for plugins; it has no counterpart in Go. gocheck
// reads this file to learn the package's API; Run is implemented natively by
// govm, so it is declared here without a body.
package vm

// Run runs the program at path, a bytecode file (gocodegen's, with the
// packages it imports beside it) or a bundle file (gomini -c's app.gmb), in a
// fresh virtual machine of its own: its own heap, globals, tasks and open
// files, sharing nothing with the caller. Its os.Args is path, then args.
// For a bundle with several commands, args[0] names the command.
//
// Run returns what the program wrote to its standard output. The error is
// nil when the program's main returned (or it called os.Exit(0)); otherwise
// it says why: the file does not load ("vm.Run: app.json: ..."), or the
// program ended with another status ("exit status 2: panic: boom", the
// first line the program wrote to its standard error after the status).
// The caller waits while the program runs: its other tasks do not run
// until Run returns.
func Run(path string, args ...string) (string, error)
