/**
 * Imported first by the bundled entry points, for its effect: V8 flags that keep a verification's
 * memory flat in the length of its history (BENCHMARKS.md, section 5). V8 reads both whenever it
 * decides, so setting them after start-up takes effect; they are set here because the action's
 * `runs.main` cannot pass flags to node, and before the rest of the bundle is evaluated because
 * that alone would grow the young generation once.
 *
 * - The young generation stays at the size it starts with. V8 doubles it each time as much has
 *   survived its scavenges as it holds: loading the bundle and planning leave several MB of
 *   survivors, the replay a little per commit, so a long history doubles it again and again (to
 *   tens of MiB, held to the end). A small one costs a few more scavenges, each well under a
 *   millisecond here.
 * - No optimising compilers (TurboFan, and Maglev where Node has it on): code runs in V8's
 *   interpreter and baseline compiler. The replay mostly waits on git, the launch server and the
 *   commands; the optimising compilers ran on background threads beside them and kept compiling
 *   as a long history made more functions hot, their memory held by the allocator: on Node 20, 62
 *   -> 77 MiB from 40 to 1000 run commits with them, 55 -> 62 MiB without, in no more time.
 *   Planning alone is CPU-bound: a history whose every commit is a run commit plans about a sixth
 *   slower without them.
 */
import v8 from 'node:v8'

v8.setFlagsFromString('--semi-space-growth-factor=1')
v8.setFlagsFromString('--no-turbofan')
v8.setFlagsFromString('--no-maglev')
