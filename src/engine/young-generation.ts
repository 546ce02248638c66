/**
 * Imported first by the bundled entry points, for its effect: keeps V8's young generation at the
 * size it starts with. V8 doubles it each time as much has survived its scavenges as it holds:
 * loading the bundle and planning leave several MB of survivors, the replay a little per commit,
 * so a long history doubles it again and again (to tens of MiB, held to the end), and the peak
 * memory of a verification grows with the length of its history (BENCHMARKS.md, section 5). A
 * small young generation costs a few more scavenges, each well under a millisecond here. V8 reads
 * the flag at each growth, so setting it after start-up takes effect; it is set from here
 * because the action's `runs.main` cannot pass flags to node, and before the rest of the bundle
 * is evaluated because that alone would grow it once.
 */
import v8 from 'node:v8'

v8.setFlagsFromString('--semi-space-growth-factor=1')
