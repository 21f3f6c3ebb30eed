// Package os is gomini's declaration of Go's os package. gocheck reads it
// to learn the package's API; the functions and methods are implemented
// natively by govm, so they are declared here without bodies.
//
// A *File is one of the three standard streams or a file opened with
// Open or Create. FileInfo, DirEntry, FileMode and PathError are
// declared here as types of their own (in Go they are aliases of io/fs's
// types, and gomini has no io/fs: %T prints *os.PathError where Go
// prints *fs.PathError); FileInfo lacks Go's ModTime method, which would
// need os to import time, and its Sys method returns nil. A PathError's
// Err is a syscall.Errno, printed as Go prints it ("no such file or
// directory"), for which errors.Is(err, ErrNotExist) and IsNotExist hold.
// Closing Stdout or Stderr keeps govm's own output (fmt.Println) going.
//
// Not provided: OpenFile and the O_* flags, the File methods other than
// Read, Write, WriteString, Close and Name, Lstat, FileInfo's ModTime,
// FileMode's Type method, PathError's Timeout method, LinkError,
// SyscallError, Mkdir, MkdirTemp, CreateTemp, RemoveAll, Rename, Chdir,
// Getwd, Chmod, Chown, Environ, Setenv, Unsetenv, Clearenv, ExpandEnv,
// Expand, Hostname, Getpid and the other process ids, Process,
// StartProcess, Signal, Pipe, Link, Symlink, Readlink, TempDir,
// UserHomeDir, DirFS, the Err* variables other than ErrNotExist and
// ErrExist, IsPermission, IsTimeout and SameFile.
package os

type FileMode uint32

// The FileMode bits, as Go's: the type in the high bits, then the Unix
// permission bits.
const (
	ModeDir        FileMode = 1 << (32 - 1 - 0)
	ModeAppend     FileMode = 1 << (32 - 1 - 1)
	ModeExclusive  FileMode = 1 << (32 - 1 - 2)
	ModeTemporary  FileMode = 1 << (32 - 1 - 3)
	ModeSymlink    FileMode = 1 << (32 - 1 - 4)
	ModeDevice     FileMode = 1 << (32 - 1 - 5)
	ModeNamedPipe  FileMode = 1 << (32 - 1 - 6)
	ModeSocket     FileMode = 1 << (32 - 1 - 7)
	ModeSetuid     FileMode = 1 << (32 - 1 - 8)
	ModeSetgid     FileMode = 1 << (32 - 1 - 9)
	ModeCharDevice FileMode = 1 << (32 - 1 - 10)
	ModeSticky     FileMode = 1 << (32 - 1 - 11)
	ModeIrregular  FileMode = 1 << (32 - 1 - 12)

	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	ModePerm FileMode = 0777
)

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

// fd is -1 once the file is closed, and -2 for a file embedded in the
// bundle that runs (embed is its number, from 1; off the next byte to
// read).
type File struct {
	fd    int
	name  string
	embed int
	off   int
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

type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string
func (e *PathError) Unwrap() error

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
