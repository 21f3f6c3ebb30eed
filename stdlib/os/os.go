// Package os is gomini's declaration of Go's os package. gocheck reads it
// to learn the package's API; the functions and methods are implemented
// natively by govm, so they are declared here without bodies.
//
// A *File is only one of the three standard streams; scripts cannot open
// files other than through ReadFile and WriteFile.
//
// Not provided: Open, OpenFile, Create, the File methods other than
// Read, Write, WriteString, Close and Name, Stat, Lstat, FileInfo,
// Mkdir, MkdirAll, MkdirTemp, CreateTemp, RemoveAll, Rename, ReadDir,
// DirEntry, Chdir, Getwd, Chmod, Chown, Environ, Setenv, Unsetenv,
// Clearenv, ExpandEnv, Expand, Hostname, Getpid and the other process
// ids, Process, StartProcess, Signal, Pipe, Link, Symlink, Readlink,
// TempDir, UserHomeDir, DirFS, the Err* variables other than
// ErrNotExist and ErrExist, IsNotExist, IsExist and the FileMode
// constants other than ModePerm.
package os

type FileMode uint32

const ModePerm FileMode = 0777

type File struct {
	fd int
}

func (f *File) Read(b []byte) (n int, err error)
func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)
func (f *File) Close() error
func (f *File) Name() string

var (
	Stdin  *File
	Stdout *File
	Stderr *File
)

var Args []string

var (
	ErrNotExist error
	ErrExist    error
)

func Exit(code int)
func Getenv(key string) string
func LookupEnv(key string) (string, bool)
func ReadFile(name string) ([]byte, error)
func WriteFile(name string, data []byte, perm FileMode) error
func Remove(name string) error
func Executable() (string, error)
