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
 * the kernel itself, in a fork of one server process per verification (launch-server.ts),
 * instead of setpriv, two unshares, a shell and a mount(8) per step in processes that
 * rerun-action forks, which were most of the cost of launching an isolated command. The shell
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
 * The whole launch in perl, as launch(): what setpriv, both unshares and the shell do, with the
 * kernel called directly (`syscall` takes numbers: the first three arguments are those of
 * mount, unshare and prctl). It asks to die with its parent (the server, which dies with
 * rerun-action), makes the namespaces (mapping root to the caller when not root), and forks
 * process 1 of the new PID namespace, which also dies with its parent and gets a /proc of its
 * own, then takes the steps, forks the command and ends as it ended (a death by signal N as exit
 * status 128+N, as a shell reports it: process 1 cannot die by a signal it sends itself); the
 * parent waits and ends as it ended, ignoring SIGINT and SIGTERM meanwhile as `unshare --fork`
 * does. Process 1 being perl rather than a shell spares an exec per command. Paths are
 * passed as strings (pointers), flags and NULL as numbers. A remount keeps the flags the mount
 * has (nosuid, nodev, noexec, atime: a user namespace locks them), read from the mount table as
 * mount(8) does. No module is loaded: the server starts in about a millisecond.
 */
const PERL_SUBS = String.raw`
use strict;
our ($mount, $unshare, $prctl, $exit_group);
sub fail { syswrite(REPORT, "$_[0]\n"); exit 125 }
# The end of a launch's process, at once: perl's own exit destroys the interpreter first, which
# in a fork of the server walks all it inherited, on every command's path between the command's
# end and its report. A launch writes only with syswrite: no buffer is left to flush.
sub finish { syscall($exit_group + 0, $_[0] + 0) if $exit_group; exit $_[0] }
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

# What each path a step binds or remounts is, as device and inode: looked at inside the
# namespace ($side 0: the mount there, made when the launch was prepared) and outside (1: the path
# as it is now). The same on both sides, the view is the one a launch made now would have.
sub identities { my ($side, @steps) = @_; my ($pairs) = step_paths(@steps);
  join(' ', map { my @st = stat($_->[$side]); @st ? "$st[0]:$st[1]" : '-' } @$pairs) }
# The paths the steps bind or remount, each as [inside, outside] (see identities), and how many
# arguments the steps take up to --, read as launch() reads them.
sub step_paths { my @steps = @_; my ($taken, @pairs) = (0);
  while ($taken < @steps && $steps[$taken] ne '--') {
    my $step = $steps[$taken++];
    if ($step eq 'cover') { push @pairs, [@steps[$taken, $taken + 1]]; $taken += 2 }
    elsif ($step eq 'empty-dir') { $taken++ }
    elsif ($step eq 'confine') {
      my ($dir, $count) = @steps[$taken, $taken + 1];
      $taken += 2;
      push @pairs, map { ["$dir/$_", "$dir/$_"] } @steps[$taken .. $taken + $count - 1];
      $taken += $count }
    else { push @pairs, [$steps[$taken], $steps[$taken]]; $taken++ } }
  (\@pairs, $taken) }

# The launch itself: the numbers of mount, unshare and prctl, the pid of the process it must die
# with, the caller's uid and gid, whether to make a user namespace, the steps, --, the command.
# A launch prepared ahead (GO open) has no command yet: once its view is made, it says so on
# PREP with identities(), then waits on GO for the directory, the command and its environment
# (each field NUL-terminated; the end of GO with none means it is not wanted).
sub launch {
($mount, $unshare, $prctl) = splice(@_, 0, 3);
my ($parent, $uid, $gid, $outer, @args) = @_;
my $prepared = defined fileno(GO);
my @steps = @args;
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
  close($_) for (*REPORT, *GO, *PREP);
  waitpid($init, 0);
  my $signal = $? & 127;
  finish($? >> 8) unless $signal;
  $SIG{$_} = 'DEFAULT' for ('INT', 'TERM');
  kill($signal, $$);
  exit 125;
}
$SIG{INT} = $SIG{TERM} = 'DEFAULT';
die_with_parent();
mnt('none', '/', 0, $REC | $PRIVATE, 0, 'make the mounts private');
mnt('proc', '/proc', 'proc', $NOSUID | $NODEV | $NOEXEC, 0, 'mount /proc');
while (@args && $args[0] ne '--') {
  my $step = shift @args;
  if ($step eq 'cover') {
    my ($target, $source) = splice(@args, 0, 2);
    mnt($source, $target, 0, $BIND, 0, "cover $target");
    remount($target, $RDONLY, "cover $target");
  } elsif ($step eq 'empty-dir') {
    my $target = shift @args;
    mnt('rerun-action', $target, 'tmpfs', $RDONLY, 'size=16k,mode=0500', "cover $target");
  } elsif ($step eq 'confine') {
    # Entries of the directory (relative paths) stay, reached through a handle opened before.
    my ($dir, $count) = splice(@args, 0, 2);
    opendir(my $handle, $dir) or fail("cannot open $dir: $!");
    my $fd = fileno($handle);
    mnt('rerun-action', $dir, 'tmpfs', 0, 'mode=1777', "confine $dir");
    for my $kept (splice(@args, 0, $count)) {
      my ($hidden, $point) = ("/proc/self/fd/$fd/$kept", "$dir/$kept");
      if (-d $hidden) { mkpath($point) }
      else {
        mkpath($point =~ s{/[^/]*$}{}r);
        open(my $f, '>>', $point) or fail("cannot keep $point: $!") }
      mnt($hidden, $point, 0, $BIND | $REC, 0, "keep $point");
    }
    closedir $handle;
  } elsif ($step eq 'read-only' || $step eq 'writable') {
    my $p = shift @args;
    my $what = $step eq 'writable' ? "make $p writable" : "make $p read-only";
    mnt($p, $p, 0, $BIND | $REC, 0, $what);
    remount($p, $step eq 'writable' ? 0 : $RDONLY, $what);
  } elsif ($step eq 'remount-read-only') {
    my $p = shift @args;
    remount($p, $RDONLY, "make $p read-only");
  } else { fail("unknown isolation step $step") }
}
shift @args;
if ($prepared) {
  syswrite(PREP, 'ok ' . identities(0, @steps) . "\n");
  close(PREP);
  my $go = do { local $/; <GO> };
  close(GO);
  exit 125 unless defined $go && length $go;
  my @fields = split(/\0/, $go, -1);
  pop @fields;
  $cwd = shift @fields;
  @args = splice(@fields, 0, shift @fields);
  %ENV = map { split(/=/, $_, 2) } splice(@fields, 1, $fields[0]);
}
chdir($cwd) or fail("the command's directory $cwd is hidden from it");
new_namespaces($NEWUSER);
map_user([$uid, $gid], [0, 0]);
# The report closes as the command starts (close-on-exec: F_SETFD is 2, FD_CLOEXEC 1), and
# says why where it cannot start.
fcntl(REPORT, 2, 1);
syswrite(REPORT, "${LAUNCHER_READY}\n");
my $command = fork() // fail("cannot fork: $!");
if ($command == 0) {
  exec { $args[0] } @args;
  fail("cannot start the command: $!");
}
close(REPORT);
# Its end is the namespace's: whatever the command left running is killed with this process.
waitpid($command, 0);
finish(($? & 127) ? 128 + ($? & 127) : $? >> 8);
}
`

/**
 * The launches of one verification, each in a fork of this one process (launch-server.ts): a
 * fork of a small perl costs a fraction of a fork of rerun-action, and the launch's perl is
 * compiled once. Its arguments: the numbers of prctl, setsid and exit_group, and rerun-action's
 * pid, which it dies with. Requests come on stdin, each `<length>\n` and NUL-separated fields:
 * `launch`, an id, the directory, the count of launch arguments (those of launch()), them, the
 * count of environment entries, them; or `kill`, an id and a signal's number, for the launch's
 * process group (the server reaps its launches, so only it knows whether a pid is still theirs).
 * Events go to stdout, each `<type> <id> <length>\n<data>`: S (started: the pid,
 * the leader of a session of its own), O and E (output, error output), R (the launch's report),
 * C (that stream closed: O, E or R), X (exited: the wait status), F (could not start: why).
 * Nothing is run but launch(); a child gets no descriptor of the server's but its pipes.
 *
 * Making the namespaces and the view is most of a launch. Once a setup (the launch arguments up
 * to `--`: a worker's) has been launched twice, each of its launches that ends has the next one
 * prepared, its view made while rerun-action compares outputs and writes the next checkout; the
 * next request of that setup then only hands it the directory, command and environment. It is
 * used only where every path it bound or remounted is still the same file (device and inode)
 * as the path is now, else discarded and the launch made afresh: a view made before a worker
 * directory was replaced would show the old one. Unused, it ends with the requests.
 */
const PERL_SERVER =
  PERL_SUBS +
  String.raw`
my ($prctl_number, $setsid, $owner);
($prctl_number, $setsid, $exit_group, $owner) = @ARGV;
syscall($prctl_number + 0, 1, 9, 0, 0, 0) == 0 or exit 125;
exit 125 if getppid() != $owner;
my $server = $$;
# Descriptors that whoever started rerun-action left open are none of a command's business.
opendir(my $fds, '/proc/self/fd') or exit 125;
my @inherited = grep { /^\d+$/ && $_ > 2 && $_ != fileno($fds) } readdir($fds);
closedir($fds);
for my $fd (@inherited) { my $h; close($h) if open($h, '<&=', $fd) || open($h, '>&=', $fd) }
pipe(my $wake_r, my $wake_w) or exit 125;
$SIG{CHLD} = sub { syswrite($wake_w, 'x') };
my (%streams, %launches, %pid_of, %setup_of, %uses, %prepared, %prepared_pid, %discarded);
my ($input, $open) = ('', 1);
# Launches of one setup prepared ahead, at most this many at a time (one per setup).
my ($MAX_PREPARED, $preparations) = (8, 0);
# All of $data written to $handle, or false where it cannot be.
sub write_all { my ($handle, $data) = @_;
  while (length $data) {
    my $written = syswrite($handle, $data);
    # Interrupted (4: EINTR) by a child's exit while the reader was not reading: again.
    next if !defined($written) && $! == 4;
    return 0 unless defined $written;
    substr($data, 0, $written) = '' }
  1 }
sub event { my ($type, $id, $data) = @_;
  write_all(\*STDOUT, "$type $id " . length($data) . "\n" . $data) or exit 0 }
# Only a launch not yet reaped is signalled: once reaped, its pid may be another process's.
sub signal { my ($id, $number) = @_;
  my $pid = $pid_of{$id};
  kill(-$number, $pid) if defined $pid }
# The server's own ends of every pipe: a child keeps none of them.
sub server_handles { ($wake_r, $wake_w, (map { $_->[2] } values %streams),
  map { ($_->{go}, $_->{prep}, values %{$_->{read}}) } values %prepared) }
# A child that will run launch(): its output, error output and report go to the pipes of %write.
sub child_of_server { my ($write, @close) = @_;
  $SIG{CHLD} = 'DEFAULT';
  close($_) for (server_handles(), @close);
  open(REPORT, '>&=', fileno($write->{R})) or exit 125;
  open(STDIN, '<', '/dev/null') or fail("cannot read /dev/null: $!");
  open(STDOUT, '>&', $write->{O}) or fail("cannot pass on output: $!");
  open(STDERR, '>&', $write->{E}) or fail("cannot pass on output: $!");
  close($write->{O}); close($write->{E});
  syscall($setsid + 0) >= 0 or fail("cannot start a session: $!") }
sub pipes { my (%read, %write);
  for my $kind ('O', 'E', 'R') { pipe($read{$kind}, $write{$kind}) or return }
  (\%read, \%write) }
sub follow { my ($id, $pid, $setup, $read) = @_;
  $launches{$pid} = $id;
  $pid_of{$id} = $pid;
  $setup_of{$pid} = $setup;
  $streams{fileno($read->{$_})} = [$id, $_, $read->{$_}] for keys %$read;
  event('S', $id, $pid) }
# A launch of this setup made ahead, up to the point where it waits for its command.
sub prepare { my ($setup) = @_;
  my ($read, $write) = pipes() or return;
  pipe(my $go_r, my $go_w) && pipe(my $prep_r, my $prep_w) or return;
  my $pid = fork();
  return unless defined $pid;
  if ($pid == 0) {
    child_of_server($write, values %$read, $go_w, $prep_r);
    open(GO, '<&=', fileno($go_r)) && open(PREP, '>&=', fileno($prep_w)) or exit 125;
    my @args = split(/\0/, $setup, -1);
    $args[3] = $server;
    launch(@args);
  }
  close($_) for (values %$write, $go_r, $prep_w);
  $prepared{$setup} = { pid => $pid, read => $read, go => $go_w, prep => $prep_r, order => ++$preparations };
  $prepared_pid{$pid} = $setup }
# The launch prepared for this setup, taken out of those prepared.
sub take { my ($setup) = @_;
  my $p = delete $prepared{$setup} or return;
  delete $prepared_pid{$p->{pid}};
  $p }
# Not wanted (any more): it ends once its GO ends; its end is reaped, not reported.
sub discard { my $p = take(shift) or return;
  $discarded{$p->{pid}} = 1;
  close($_) for ($p->{go}, $p->{prep}, values %{$p->{read}}) }
# The prepared launch of this setup, given its command, where it is ready and its view is what a
# launch made now would have (else it is discarded, and the launch is made afresh).
sub claim { my ($setup, $cwd, $args, $env) = @_;
  my $p = $prepared{$setup} or return;
  my ($ready, $report) = ('', '');
  vec($ready, fileno($p->{prep}), 1) = 1;
  # Most likely ready long since; else on its way, and done sooner than a launch made afresh.
  sysread($p->{prep}, $report, 65536) if select($ready, undef, undef, 1) > 0;
  my @setup = split(/\0/, $setup, -1);
  my $fresh = 'ok ' . identities(1, @setup[7 .. $#setup]) . "\n";
  unless ($report eq $fresh && -d $cwd) { discard($setup); return }
  take($setup);
  close($p->{prep});
  # A launch that died meanwhile reports so itself; its end of GO is no reason for this to die.
  local $SIG{PIPE} = 'IGNORE';
  write_all($p->{go}, join('', map { "$_\0" } $cwd, scalar(@$args), @$args, scalar(@$env), @$env));
  close($p->{go});
  $p }
sub start { my ($id, $cwd, $count, @rest) = @_;
  my @args = splice(@rest, 0, $count);
  my @env = splice(@rest, 1, $rest[0]);
  # The launch's own arguments up to --: its setup, the same for every command of a worker.
  my (undef, $taken) = step_paths(@args[7 .. $#args]);
  my $setup = join("\0", @args[0 .. 7 + $taken]);
  $uses{$setup}++;
  if (my $p = claim($setup, $cwd, [@args[8 + $taken .. $#args]], \@env)) {
    return follow($id, $p->{pid}, $setup, $p->{read}) }
  my ($read, $write) = pipes() or return event('F', $id, "cannot make a pipe: $!");
  my $pid = fork();
  defined $pid or return event('F', $id, "cannot fork: $!");
  if ($pid == 0) {
    child_of_server($write, values %$read);
    chdir($cwd) or fail("cannot enter $cwd: $!");
    %ENV = map { split(/=/, $_, 2) } @env;
    # The launch dies with this server, which dies with rerun-action.
    $args[3] = $server;
    launch(@args);
  }
  close($_) for values %$write;
  follow($id, $pid, $setup, $read) }
while ($open || %launches || %streams || %discarded) {
  my $wanted = '';
  vec($wanted, fileno($wake_r), 1) = 1;
  vec($wanted, 0, 1) = 1 if $open;
  vec($wanted, $_, 1) = 1 for keys %streams;
  next if select(my $ready = $wanted, undef, undef, undef) < 0;
  sysread($wake_r, my $ignored, 4096) if vec($ready, fileno($wake_r), 1);
  while ((my $pid = waitpid(-1, 1)) > 0) {
    delete $discarded{$pid};
    # A prepared launch that ended by itself (it could not make its view): never claimed.
    if (defined(my $setup = $prepared_pid{$pid})) { discard($setup); delete $discarded{$pid} }
    my $id = delete $launches{$pid};
    my $setup = delete $setup_of{$pid};
    next unless defined $id;
    delete $pid_of{$id};
    event('X', $id, $?);
    # The next command of a setup used more than once (a worker's) finds its view made.
    next unless $open && $uses{$setup} > 1 && !$prepared{$setup};
    # At most so many: the one prepared longest ago (a setup no longer asked for) goes first.
    my ($oldest) = sort { $prepared{$a}{order} <=> $prepared{$b}{order} } keys %prepared;
    discard($oldest) if keys(%prepared) >= $MAX_PREPARED;
    prepare($setup) }
  for my $fd (grep { vec($ready, $_, 1) } keys %streams) {
    my ($id, $kind, $handle) = @{$streams{$fd}};
    my $got = sysread($handle, my $chunk, 65536);
    next if !defined($got) && $! == 4;
    if ($got) { event($kind, $id, $chunk) }
    else { close($handle); delete $streams{$fd}; event('C', $id, $kind) } }
  if ($open && vec($ready, 0, 1)) {
    my $got = sysread(STDIN, $input, 65536, length $input);
    $open = 0 unless $got || (!defined($got) && $! == 4);
    while ($input =~ /\A(\d+)\n/ && length($input) >= length($1) + 1 + $1) {
      my $length = $1;
      my $request = substr($input, length($length) + 1, $length);
      substr($input, 0, length($length) + 1 + $length) = '';
      my ($action, @fields) = split(/\0/, $request, -1);
      if ($action eq 'kill') { signal(@fields) } else { start(@fields) }
    }
    # No more launches: none prepared is wanted.
    discard($_) for $open ? () : keys %prepared } }
`

/**
 * mount(2), unshare(2), prctl(2), setsid(2) and exit_group(2)'s numbers where this module knows
 * them for sure (the kernel interfaces of the machines GitHub runs jobs on); elsewhere the shell
 * does the work.
 */
const SYSCALLS: Readonly<
  Partial<Record<string, readonly [number, number, number, number, number]>>
> = {
  x64: [165, 272, 157, 112, 231],
  arm64: [40, 97, 167, 157, 94]
}

/** The setup programs to try, fastest first. */
export function setupPrograms(): SetupProgram[] {
  return SYSCALLS[process.arch] === undefined ? ['shell'] : ['perl', 'shell']
}

/** The numbers of this machine's system calls, where perl can make them. */
function syscalls(): readonly [number, number, number, number, number] {
  const numbers = SYSCALLS[process.arch]
  if (!numbers)
    throw new Error(`no system call numbers for ${process.arch}: only the shell sets up`)
  return numbers
}

/** The argv of the perl server that launches every command of a verification (launch-server.ts). */
export function launchServerCommand(): string[] {
  const [, , prctl, setsid, exitGroup] = syscalls()
  return ['perl', '-e', PERL_SERVER, '--', ...[prctl, setsid, exitGroup, process.pid].map(String)]
}

/**
 * The arguments of one launch by the perl server with `steps`, up to the command (those of the
 * script's launch(); the server puts its own pid in, for the launch to die with it).
 */
export function serverLaunchArguments(
  ids: { uid: number; gid: number },
  steps: readonly string[]
): string[] {
  const [mount, unshare, prctl] = syscalls()
  // root can mount as it is; anyone else becomes root of a user namespace to mount.
  const outer = ids.uid !== 0 ? '1' : ''
  return [
    ...[mount, unshare, prctl].map(String),
    'set by the server',
    String(ids.uid),
    String(ids.gid),
    outer,
    ...steps,
    '--'
  ]
}

/**
 * The argv that launches a command isolated by the shell with `steps`, up to the command. It
 * dies with rerun-action, even when that is SIGKILLed: unshare gets SIGKILL then, and
 * --kill-child passes it on to the PID namespace's init, whose death ends every process in the
 * namespace.
 */
export function shellLaunchCommand(
  ids: { uid: number; gid: number },
  steps: readonly string[]
): string[] {
  // root can mount as it is; anyone else becomes root of a user namespace to mount.
  const outer = ids.uid !== 0
  return [
    ...parentDeathPrefix(),
    'unshare',
    ...(outer ? ['--user', '--map-root-user'] : []),
    ...['--mount', '--pid', '--fork', '--kill-child', '--mount-proc'],
    ...[
      '/bin/sh',
      '-c',
      SHELL_SETUP,
      'rerun-action-isolation',
      String(ids.uid),
      String(ids.gid),
      ...steps,
      '--'
    ]
  ]
}
