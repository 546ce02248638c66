/**
 * The programs that set up an isolated command's view of the file system, run as root of its
 * new namespaces: `uid` `gid` (the caller's), then the steps of isolation.ts's setupSteps up to
 * `--`, then the command. Each covers secrets, confines the temp directories, makes paths
 * read-only or writable, reports on fd 3 (LAUNCHER_READY, or why not), then execs the command
 * in a nested user namespace that maps the caller's own uid and gid back, so that files it
 * writes are the caller's as before, and the command, holding no capability over the mount
 * namespace, cannot undo any of it (not even when the caller is root).
 *
 * Two programs do the same. Perl (perl-base is part of every Debian and Ubuntu system) calls
 * the kernel itself: one process (and its fork) instead of setpriv, two unshares, a shell and a
 * mount(8) per step, which were most of the cost of launching an isolated command. The shell
 * with util-linux serves where perl is missing or fails, or where this module knows no syscall
 * numbers.
 */
import { LAUNCHER_READY, parentDeathPrefix } from '../process.js'

export type SetupProgram = 'perl' | 'shell'

/**
 * `mount -c`: libmount would otherwise resolve /proc/self/fd/4/... to the path it names, which
 * the tmpfs covers by then. A remount takes the flags it keeps (nosuid, nodev, which a user
 * namespace locks) from the mount table; `--bind -o ro` in one go would drop them and fail.
 */
const SHELL_SETUP = `
fail() { printf '%s\\n' "$1" >&3; exit 125; }
must() { what=$1; shift; out=$("$@" 2>&1) || fail "cannot $what: $out"; }
uid=$1 gid=$2
shift 2
# The command's directory, entered again at the end: the one it was started in is the directory
# outside, from which relative paths would lead past every cover. (cd -P sets PWD physically.)
cd -P . && cwd=$PWD || fail "cannot tell the command's directory"
while [ "$1" != -- ]; do
  case $1 in
    cover)
      must "cover $2" mount -c --bind "$3" "$2"
      must "cover $2" mount -c -o remount,bind,ro "$2"
      shift 3 ;;
    empty-dir)
      must "cover $2" mount -t tmpfs -o ro,size=16k,mode=0500 rerun-action "$2"
      shift 2 ;;
    confine)
      # $3 entries of $2 (relative paths) stay, reached through a descriptor opened before.
      dir=$2 count=$3
      shift 3
      exec 4<"$dir" || fail "cannot open $dir"
      must "confine $dir" mount -t tmpfs -o mode=1777 rerun-action "$dir"
      # The mount points of all of them, made by one mkdir (eval sees names of variables only).
      i=0 points=
      while [ "$i" -lt "$count" ]; do
        i=$((i + 1))
        eval "kept=\\\${$i}"
        if [ -d "/proc/self/fd/4/$kept" ]; then
          point=$dir/$kept
        else
          case $kept in */*) point=$dir/\${kept%/*} ;; *) point=$dir ;; esac
        fi
        eval "point_$i=\\$point"
        points="$points \\"\\$point_$i\\""
      done
      [ "$count" -eq 0 ] || eval "must \\"keep entries of \\$dir\\" mkdir -p -- $points"
      while [ "$count" -gt 0 ]; do
        kept=$dir/$1 hidden=/proc/self/fd/4/$1
        [ -d "$hidden" ] || { : >>"$kept"; } 2>/dev/null || fail "cannot keep $kept"
        must "keep $kept" mount -c --rbind "$hidden" "$kept"
        shift
        count=$((count - 1))
      done
      exec 4<&- ;;
    read-only)
      must "make $2 read-only" mount -c --rbind "$2" "$2"
      must "make $2 read-only" mount -c -o remount,bind,ro "$2"
      shift 2 ;;
    remount-read-only)
      must "make $2 read-only" mount -c -o remount,bind,ro "$2"
      shift 2 ;;
    writable)
      must "make $2 writable" mount -c --rbind "$2" "$2"
      must "make $2 writable" mount -c -o remount,bind,rw "$2"
      shift 2 ;;
    *) fail "unknown isolation step $1" ;;
  esac
done
shift
cd -P -- "$cwd" 2>/dev/null || fail "the command's directory $cwd is hidden from it"
printf '%s\\n' ${LAUNCHER_READY} >&3
exec 3>&-
exec unshare --user --map-user="$uid" --map-group="$gid" "$@"
`

/**
 * The whole launch in one perl process: what setpriv, both unshares and the shell do, with the
 * kernel called directly (`syscall` takes numbers: the first three arguments are those of
 * mount, unshare and prctl). It asks to die with rerun-action, makes the namespaces (mapping
 * root to the caller when not root), and forks process 1 of the new PID namespace, which also
 * dies with its parent and gets a /proc of its own, then takes the steps; the parent waits and
 * ends as it ended, ignoring SIGINT and SIGTERM meanwhile as `unshare --fork` does. Paths are
 * passed as strings (pointers), flags and NULL as numbers. A remount keeps the flags the mount
 * has (nosuid, nodev, noexec, atime: a user namespace locks them), read from the mount table as
 * mount(8) does. No module is loaded: perl starts in about a millisecond then.
 */
const PERL_LAUNCH = String.raw`
use strict;
my ($mount, $unshare, $prctl, $parent, $uid, $gid, $outer) = splice(@ARGV, 0, 7);
open(REPORT, '>&=', 3) or exit 125;
sub fail { syswrite(REPORT, "$_[0]\n"); exit 125 }
my ($RDONLY, $NOSUID, $NODEV, $NOEXEC, $REMOUNT, $BIND, $REC, $PRIVATE, $STRICTATIME) =
  (1, 2, 4, 8, 32, 4096, 16384, 1 << 18, 1 << 24);
my ($NEWNS, $NEWUSER, $NEWPID) = (0x20000, 0x10000000, 0x20000000);
my %KEPT = (nosuid => 2, nodev => 4, noexec => 8, nosymfollow => 256, noatime => 1024,
  nodiratime => 2048, relatime => 1 << 21);
sub die_with_parent {
  syscall($prctl + 0, 1, 9, 0, 0, 0) == 0 or fail("cannot ask to be killed with rerun-action: $!") }
sub put { my ($file, $text) = @_; my $h;
  open($h, '>', $file) && print($h $text) && close($h) or fail("cannot write $file: $!") }
sub map_user { my ($inside, $outside) = @_;
  put('/proc/self/setgroups', 'deny');
  put('/proc/self/uid_map', "$inside->[0] $outside->[0] 1");
  put('/proc/self/gid_map', "$inside->[1] $outside->[1] 1") }
sub new_namespaces { syscall($unshare + 0, $_[0] + 0) == 0 or fail("cannot make namespaces: $!") }
sub mnt { my ($src, $dst, $type, $flags, $data, $what) = @_;
  syscall($mount + 0, $src, $dst, $type, $flags + 0, $data) == 0 or fail("cannot $what: $!") }
sub unescape { my $s = shift; $s =~ s/\\([0-7]{3})/chr(oct($1))/ge; $s }
sub flags_at { my ($p, $what) = @_; my $opts;
  open(my $table, '<', '/proc/self/mountinfo') or fail("cannot $what: no mount table: $!");
  while (my $line = <$table>) { my @f = split / /, $line; $opts = $f[5] if unescape($f[4]) eq $p }
  close $table;
  defined $opts or fail("cannot $what: no mount at $p");
  my $flags = 0;
  $flags |= $KEPT{$_} // 0 for split /,/, $opts;
  $flags |= $STRICTATIME unless $opts =~ /(^|,)(noatime|relatime)(,|$)/;
  $flags }
sub remount { my ($p, $ro, $what) = @_;
  mnt(0, $p, 0, $REMOUNT | $BIND | $ro | flags_at($p, $what), 0, $what) }
sub mkpath { my $p = ''; for (grep { length } split m{/}, shift) { $p .= "/$_"; mkdir $p } }

die_with_parent();
# Too late for that once rerun-action has died already.
exit 125 if getppid() != $parent;
# The command's directory, entered again at the end: the one it was started in is the directory
# outside, from which relative paths would lead past every cover.
my $cwd = readlink('/proc/self/cwd');
defined $cwd or fail("cannot tell the command's directory");
new_namespaces($NEWNS | $NEWPID | ($outer ? $NEWUSER : 0));
map_user([0, 0], [$uid, $gid]) if $outer;
$SIG{INT} = $SIG{TERM} = 'IGNORE';
my $init = fork() // fail("cannot fork: $!");
if ($init) {
  close(REPORT);
  waitpid($init, 0);
  my $signal = $? & 127;
  exit($? >> 8) unless $signal;
  $SIG{$_} = 'DEFAULT' for ('INT', 'TERM');
  kill($signal, $$);
  exit 125;
}
$SIG{INT} = $SIG{TERM} = 'DEFAULT';
die_with_parent();
mnt('none', '/', 0, $REC | $PRIVATE, 0, 'make the mounts private');
mnt('proc', '/proc', 'proc', $NOSUID | $NODEV | $NOEXEC, 0, 'mount /proc');
while (@ARGV && $ARGV[0] ne '--') {
  my $step = shift @ARGV;
  if ($step eq 'cover') {
    my ($target, $source) = splice(@ARGV, 0, 2);
    mnt($source, $target, 0, $BIND, 0, "cover $target");
    remount($target, $RDONLY, "cover $target");
  } elsif ($step eq 'empty-dir') {
    my $target = shift @ARGV;
    mnt('rerun-action', $target, 'tmpfs', $RDONLY, 'size=16k,mode=0500', "cover $target");
  } elsif ($step eq 'confine') {
    # Entries of the directory (relative paths) stay, reached through a handle opened before.
    my ($dir, $count) = splice(@ARGV, 0, 2);
    opendir(my $handle, $dir) or fail("cannot open $dir: $!");
    my $fd = fileno($handle);
    mnt('rerun-action', $dir, 'tmpfs', 0, 'mode=1777', "confine $dir");
    for my $kept (splice(@ARGV, 0, $count)) {
      my ($hidden, $point) = ("/proc/self/fd/$fd/$kept", "$dir/$kept");
      if (-d $hidden) { mkpath($point) }
      else {
        mkpath($point =~ s{/[^/]*$}{}r);
        open(my $f, '>>', $point) or fail("cannot keep $point: $!") }
      mnt($hidden, $point, 0, $BIND | $REC, 0, "keep $point");
    }
    closedir $handle;
  } elsif ($step eq 'read-only' || $step eq 'writable') {
    my $p = shift @ARGV;
    my $what = $step eq 'writable' ? "make $p writable" : "make $p read-only";
    mnt($p, $p, 0, $BIND | $REC, 0, $what);
    remount($p, $step eq 'writable' ? 0 : $RDONLY, $what);
  } elsif ($step eq 'remount-read-only') {
    my $p = shift @ARGV;
    remount($p, $RDONLY, "make $p read-only");
  } else { fail("unknown isolation step $step") }
}
shift @ARGV;
chdir($cwd) or fail("the command's directory $cwd is hidden from it");
new_namespaces($NEWUSER);
map_user([$uid, $gid], [0, 0]);
syswrite(REPORT, "${LAUNCHER_READY}\n");
close(REPORT);
exec { $ARGV[0] } @ARGV;
exit 127;
`

/**
 * mount(2), unshare(2) and prctl(2)'s numbers where this module knows them for sure (the kernel
 * interfaces of the machines GitHub runs jobs on); elsewhere the shell does the work.
 */
const SYSCALLS: Readonly<Partial<Record<string, readonly [number, number, number]>>> = {
  x64: [165, 272, 157],
  arm64: [40, 97, 167]
}

/** The setup programs to try, fastest first. */
export function setupPrograms(): SetupProgram[] {
  return SYSCALLS[process.arch] === undefined ? ['shell'] : ['perl', 'shell']
}

/**
 * The argv that launches a command isolated by `program` with `steps`, up to the command. It
 * dies with rerun-action, even when that is SIGKILLed: the shell's unshare gets SIGKILL then,
 * and --kill-child passes it on to the PID namespace's init, whose death ends every process in
 * the namespace; perl does the same itself.
 */
export function launchCommand(
  program: SetupProgram,
  ids: { uid: number; gid: number },
  steps: readonly string[]
): string[] {
  // root can mount as it is; anyone else becomes root of a user namespace to mount.
  const outer = ids.uid !== 0
  const common = [String(ids.uid), String(ids.gid)]
  const syscalls = SYSCALLS[process.arch]
  if (program === 'perl' && syscalls) {
    const numbers = [...syscalls.map(String), String(process.pid)]
    return [
      'perl',
      '-e',
      PERL_LAUNCH,
      '--',
      ...numbers,
      ...common,
      outer ? '1' : '',
      ...steps,
      '--'
    ]
  }
  return [
    ...parentDeathPrefix(),
    'unshare',
    ...(outer ? ['--user', '--map-root-user'] : []),
    ...['--mount', '--pid', '--fork', '--kill-child', '--mount-proc'],
    ...['/bin/sh', '-c', SHELL_SETUP, 'rerun-action-isolation', ...common, ...steps, '--']
  ]
}
