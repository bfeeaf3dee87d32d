package dev.kycrules.bench;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * JMH profiler ({@code -prof dev.kycrules.bench.CpuProfiler}) that records the CPU time the whole
 * benchmark JVM used in each iteration (benchmark, GC and JIT threads): {@code cpu.cores} is CPU
 * time over wall time (1.0 = one core busy all the time), {@code cpu.ns/op} CPU nanoseconds per
 * operation. On a shared machine the wall-clock score drops when other processes take the cores;
 * CPU per operation does not, so ratios of {@code cpu.ns/op} are the noise-resistant figure.
 */
public final class CpuProfiler implements InternalProfiler {
  private long cpu0;
  private long wall0;

  @Override
  public String getDescription() {
    return "process CPU time per iteration and per operation";
  }

  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  @Override
  public void beforeIteration(BenchmarkParams bp, IterationParams ip) {
    wall0 = System.nanoTime();
    cpu0 = cpu();
  }

  @Override
  public Collection<? extends Result> afterIteration(BenchmarkParams bp, IterationParams ip, IterationResult ir) {
    long cpu = cpu() - cpu0;
    long wall = System.nanoTime() - wall0;
    long ops = ir.getMetadata() == null ? 0 : ir.getMetadata().getMeasuredOps();
    return List.of(
        new ScalarResult("cpu.cores", (double) cpu / wall, "cores", AggregationPolicy.AVG),
        new ScalarResult("cpu.ns/op", ops == 0 ? Double.NaN : (double) cpu / ops, "ns/op", AggregationPolicy.AVG));
  }
}
