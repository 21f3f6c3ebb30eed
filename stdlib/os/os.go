// Package os is gomini's declaration of Go's os package. gocheck reads it
// to learn the package's API; the functions and methods are implemented
// natively by govm, so they are declared here without bodies.
//
// A *File is one of the three standard streams or a file opened with
// Open or Create. FileInfo and DirEntry are declared here as interfaces
// of their own (in Go they are aliases of io/fs's types, and gomini has
// no io/fs); FileInfo lacks Go's ModTime method, which would need os to
// import time.
//
// Not provided: OpenFile and the O_* flags, the File methods other than
// Read, Write, WriteString, Close and Name, Lstat, FileInfo's ModTime,
// FileMode's Type method, Mkdir, MkdirTemp, CreateTemp, RemoveAll,
// Rename, Chdir, Getwd, Chmod, Chown, Environ, Setenv, Unsetenv,
// Clearenv, ExpandEnv, Expand, Hostname, Getpid and the other process
// ids, Process, StartProcess, Signal, Pipe, Link, Symlink, Readlink,
// TempDir, UserHomeDir, DirFS, the Err* variables other than
// ErrNotExist and ErrExist, IsPermission, IsTimeout, SameFile and the
// FileMode constants other than ModePerm.
package os

type FileMode uint32

const ModePerm FileMode = 0777

func (m FileMode) IsDir() bool
func (m FileMode) IsRegular() bool
func (m FileMode) Perm() FileMode
func (m FileMode) String() string

type FileInfo interface {
	Name() string
	Size() int64
	Mode() FileMode
	IsDir() bool
	Sys() any
}

type DirEntry interface {
	Name() string
	IsDir() bool
	Type() FileMode
	Info() (FileInfo, error)
}

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

func IsNotExist(err error) bool
func IsExist(err error) bool

func Exit(code int)
func Getenv(key string) string
func LookupEnv(key string) (string, bool)
func Executable() (string, error)

func Open(name string) (*File, error)
func Create(name string) (*File, error)
func ReadFile(name string) ([]byte, error)
func WriteFile(name string, data []byte, perm FileMode) error
func ReadDir(name string) ([]DirEntry, error)
func Stat(name string) (FileInfo, error)
func MkdirAll(path string, perm FileMode) error
func Remove(name string) error
